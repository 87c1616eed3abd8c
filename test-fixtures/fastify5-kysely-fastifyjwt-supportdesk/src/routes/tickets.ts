import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { db, forTenant } from '../db/index.js';
import { auditLog } from '../lib/audit-log.js';

const CreateTicket = z.object({
  subject: z.string().min(3).max(200),
  body: z.string().min(1).max(20_000),
  requesterEmail: z.string().email(),
  priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
});

export default async function ticketRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  // ok: missing-auth
  fastify.get<{ Querystring: { status?: string } }>('/', async (request) => {
    // ok: unscoped-tenant-query
    let q = db.selectFrom('tickets').selectAll().where('tenant_id', '=', request.user.tenantId);
    if (request.query.status) q = q.where('status', '=', request.query.status);
    return q.orderBy('created_at', 'desc').limit(100).execute();
  });

  // ok: missing-input-validation
  fastify.post('/', async (request, reply) => {
    const input = CreateTicket.parse(request.body);
    const ticket = await db
      .insertInto('tickets')
      .values({
        tenant_id: request.user.tenantId,
        subject: input.subject,
        body: input.body,
        requester_email: input.requesterEmail,
        priority: input.priority,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return reply.code(201).send(ticket);
  });

  fastify.get<{ Params: { id: string } }>('/:id', async (request, reply) => {
    // Fastify's own logger here redacts nothing: the audit logger's redact paths are not its
    // expect: token-logging
    request.log.debug({ headers: request.headers, id: request.params.id }, 'ticket lookup');
    // ok: token-logging
    auditLog.info({ headers: request.headers, ticket: request.params.id }, 'ticket read');
    // ok: unscoped-tenant-query
    const ticket = await forTenant(db.selectFrom('tickets').selectAll().where('id', '=', request.params.id), request.user.tenantId).executeTakeFirst();
    if (!ticket) return reply.code(404).send({ error: 'not found' });
    // ok: unscoped-tenant-query
    const comments = await db.selectFrom('ticket_comments').selectAll().where('ticket_id', '=', ticket.id).execute();
    return { ...ticket, comments };
  });

  // expect: missing-input-validation
  fastify.patch<{ Params: { id: string }; Body: { assigneeId: string; status: string } }>('/:id/assign', async (request) => {
    // expect: unscoped-tenant-query
    const updated = await db
      .updateTable('tickets')
      .set({ assignee_id: request.body.assigneeId, status: request.body.status })
      .where('id', '=', request.params.id)
      .returningAll()
      .executeTakeFirst();
    return updated;
  });

  // comments of a ticket, joined to the ticket to stay inside the caller's tenant
  fastify.get<{ Params: { id: string } }>('/:id/comments', async (request) => {
    // ok: unscoped-tenant-query
    return db
      .selectFrom('ticket_comments as c')
      .innerJoin('tickets as t', 't.id', 'c.ticket_id')
      .select(['c.id', 'c.body', 'c.internal', 'c.author_id'])
      .where('c.ticket_id', '=', request.params.id)
      .where('t.tenant_id', '=', request.user.tenantId)
      .execute();
  });

  fastify.post<{ Params: { id: string }; Body: { body: string; internal?: boolean } }>('/:id/comments', {
    schema: {
      body: {
        type: 'object',
        required: ['body'],
        properties: { body: { type: 'string', minLength: 1, maxLength: 10000 }, internal: { type: 'boolean' } },
        additionalProperties: false,
      },
    },
  }, async (request, reply) => {
    // ok: unscoped-tenant-query
    const ticket = await db.selectFrom('tickets').select(['id', 'tenant_id']).where('id', '=', request.params.id).executeTakeFirst();
    if (!ticket || ticket.tenant_id !== request.user.tenantId) return reply.code(404).send({ error: 'not found' });
    // ok: missing-input-validation
    const comment = await db
      .insertInto('ticket_comments')
      .values({ tenant_id: ticket.tenant_id, ticket_id: ticket.id, author_id: request.user.sub, body: request.body.body, internal: request.body.internal ?? false })
      .returningAll()
      .executeTakeFirstOrThrow();
    return reply.code(201).send(comment);
  });

  fastify.delete<{ Params: { id: string; commentId: string } }>('/:id/comments/:commentId', async (request, reply) => {
    // expect: unscoped-tenant-query
    const res = await db.deleteFrom('ticket_comments').where('id', '=', request.params.commentId).where('ticket_id', '=', request.params.id).executeTakeFirst();
    if (!res.numDeletedRows) return reply.code(404).send({ error: 'not found' });
    return reply.code(204).send();
  });

  // ok: missing-role-check
  fastify.delete<{ Params: { id: string } }>('/:id', { preHandler: fastify.requireRole('admin') }, async (request, reply) => {
    // ok: unscoped-tenant-query
    await db.deleteFrom('tickets').where('id', '=', request.params.id).where('tenant_id', '=', request.user.tenantId).execute();
    return reply.code(204).send();
  });

  // CSV of the tenant's tickets for the monthly report
  // expect: missing-rate-limit
  fastify.get('/export.csv', async (request, reply) => {
    // ok: unscoped-tenant-query
    const rows = await db.selectFrom('tickets').select(['id', 'subject', 'status', 'created_at']).where('tenant_id', '=', request.user.tenantId).execute();
    reply.header('Content-Type', 'text/csv');
    return ['id,subject,status,created_at', ...rows.map((r) => `${r.id},"${r.subject}",${r.status},${r.created_at.toISOString()}`)].join('\n');
  });
}
