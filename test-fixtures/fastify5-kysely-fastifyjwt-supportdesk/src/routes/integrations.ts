import type { FastifyInstance } from 'fastify';
import { db } from '../db/index.js';
import { registerApiKeyHook } from '../plugins/api-key.js';

// API for customers' own tooling, authenticated with an API key
export default async function integrationRoutes(fastify: FastifyInstance) {
  registerApiKeyHook(fastify);

  // ok: missing-auth
  fastify.get('/tickets', async (request) => {
    // ok: unscoped-tenant-query
    return db.selectFrom('tickets').selectAll().where('tenant_id', '=', request.apiClient!.tenantId).limit(500).execute();
  });

  // ok: missing-auth
  fastify.get<{ Params: { id: string } }>('/tickets/:id', async (request, reply) => {
    // expect: unscoped-tenant-query
    const ticket = await db.selectFrom('tickets').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    return ticket ?? reply.code(404).send({ error: 'not found' });
  });
}
