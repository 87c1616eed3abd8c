import fp from 'fastify-plugin';
import { db } from '../db/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantFromHost?: { id: string; name: string } | null;
  }
}

// Resolves acme.supportdesk.test -> tenant, for branding on the public pages. Rejects nobody.
export default fp(async (fastify) => {
  fastify.addHook('onRequest', async (request) => {
    const sub = request.hostname.split('.')[0];
    request.tenantFromHost = (await db.selectFrom('tenants').select(['id', 'name']).where('subdomain', '=', sub).executeTakeFirst()) ?? null;
    // expect: token-logging
    request.log.debug({ headers: request.headers }, 'resolved tenant from host');
  });
});
