import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { db } from '../db/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    apiClient?: { tenantId: string; keyId: string };
  }
}

export async function requireApiKey(request: FastifyRequest, reply: FastifyReply) {
  const raw = request.headers['x-api-key'];
  if (typeof raw !== 'string') return reply.code(401).send({ error: 'missing api key' });
  const hash = createHash('sha256').update(raw).digest('hex');
  const key = await db.selectFrom('api_keys').select(['id', 'tenant_id']).where('key_hash', '=', hash).executeTakeFirst();
  if (!key) return reply.code(401).send({ error: 'invalid api key' });
  request.apiClient = { tenantId: key.tenant_id, keyId: key.id };
}

export function registerApiKeyHook(fastify: FastifyInstance) {
  fastify.addHook('onRequest', requireApiKey);
}
