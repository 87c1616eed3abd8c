import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { db } from '../db/index.js';

const ALLOWED = new Set(['image/png', 'image/jpeg', 'application/pdf', 'text/plain']);

export default async function attachmentRoutes(fastify: FastifyInstance) {
  // ok: missing-auth, missing-rate-limit
  fastify.post<{ Querystring: { ticketId: string } }>('/', {
    onRequest: [fastify.authenticate],
    config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const ticket = await db
      .selectFrom('tickets')
      .select('id')
      .where('id', '=', request.query.ticketId)
      .where('tenant_id', '=', request.user.tenantId)
      .executeTakeFirst();
    if (!ticket) return reply.code(404).send({ error: 'not found' });
    // ok: unrestricted-upload
    const part = await request.file();
    if (!part) return reply.code(400).send({ error: 'file required' });
    if (!ALLOWED.has(part.mimetype)) return reply.code(415).send({ error: 'unsupported type' });
    const key = `${request.user.tenantId}/${randomUUID()}`;
    await pipeline(part.file, createWriteStream(`/var/lib/supportdesk/${key}`));
    await db.insertInto('attachments').values({ tenant_id: request.user.tenantId, ticket_id: ticket.id, filename: part.filename, mime: part.mimetype, storage_key: key }).execute();
    return reply.code(201).send({ key });
  });

  fastify.get<{ Params: { id: string } }>('/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    // expect: unscoped-tenant-query
    const att = await db.selectFrom('attachments').selectAll().where('id', '=', request.params.id).executeTakeFirst();
    if (!att) return reply.code(404).send({ error: 'not found' });
    return att;
  });
}
