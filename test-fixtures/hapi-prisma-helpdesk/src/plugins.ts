import crypto from 'node:crypto';
import Boom from '@hapi/boom';
import type { Plugin, Request, ResponseToolkit, ServerRoute } from '@hapi/hapi';
import { prisma } from './prisma.js';

// Partner integrations (the customer's CRM) call with an API key instead of a user token.
async function partnerKey(request: Request, h: ResponseToolkit) {
  if (request.path === '/partner/v1/ping') {
    return h.continue;
  }
  const key = request.headers['x-api-key'];
  if (!key) {
    throw Boom.unauthorized('Missing API key');
  }
  const keyHash = crypto.createHash('sha256').update(key).digest('hex');
  const partner = await prisma.partnerKey.findFirst({ where: { keyHash, revokedAt: null } });
  if (!partner) {
    throw Boom.unauthorized('Unknown partner key');
  }
  request.app.orgId = partner.orgId;
  return h.continue;
}

let routes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/ping',
    handler: () => ({ pong: true }),
  },
  {
    method: 'GET',
    path: '/tickets',
    handler: async (request) => {
      // ok: unscoped-tenant-query
      return prisma.ticket.findMany({ where: { orgId: request.app.orgId as string, status: 'open' } });
    },
  },
];

routes = routes.concat([
  {
    method: 'GET',
    path: '/tickets/{id}',
    handler: async (request) => {
      // expect: unscoped-tenant-query
      const ticket = await prisma.ticket.findUnique({ where: { id: request.params.id } });
      return ticket ?? Boom.notFound();
    },
  },
]);

export const partnerPlugin: Plugin<void> = {
  name: 'partner-api',
  register: async (server) => {
    server.ext('onPreAuth', partnerKey, { sandbox: 'plugin' });

    server.route(routes);
  },
};
