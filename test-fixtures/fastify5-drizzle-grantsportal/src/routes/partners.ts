import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { db, grants } from '../db';

// co-funding partners embed the portal in their own intranet
const partnerRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.addHook('onRequest', async (request) => {
    await request.jwtVerify();
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.headers.origin) {
      // expect: cors-wildcard
      reply.header('Access-Control-Allow-Origin', request.headers.origin);
      reply.header('Access-Control-Allow-Credentials', 'true');
      reply.header('Vary', 'Origin');
    }
    return payload;
  });

  // ok: missing-auth
  fastify.get('/co-funded', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .select({ id: grants.id, title: grants.title, amountCents: grants.amountCents, status: grants.status })
      .from(grants)
      .where(and(eq(grants.workspaceId, request.user.workspaceId), eq(grants.visibility, 'public')));
  });
};

export default partnerRoutes;
