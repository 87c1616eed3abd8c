import type { FastifyInstance } from 'fastify';
import { db } from '../db/index.js';

// the help center: published articles of the tenant the host names
export default async function publicRoutes(fastify: FastifyInstance) {
  // ok: missing-auth
  fastify.get('/articles', async (request, reply) => {
    if (!request.tenantFromHost) return reply.code(404).send({ error: 'unknown help center' });
    // ok: unscoped-tenant-query
    return db
      .selectFrom('kb_articles')
      .select(['slug', 'title'])
      .where('tenant_id', '=', request.tenantFromHost.id)
      .where('published', '=', true)
      .execute();
  });

  // ok: missing-auth
  fastify.get<{ Params: { slug: string } }>('/articles/:slug', async (request, reply) => {
    // ok: unscoped-tenant-query
    const article = await db
      .selectFrom('kb_articles')
      .selectAll()
      .where('slug', '=', request.params.slug)
      .where('published', '=', true)
      .executeTakeFirst();
    if (!article) return reply.code(404).send({ error: 'not found' });
    return article;
  });

  // "check the status of my request" form: the requester types the ticket number
  // expect: missing-auth
  fastify.get<{ Params: { id: string } }>('/tickets/:id', async (request, reply) => {
    const ticket = await db.selectFrom('tickets').select(['id', 'subject', 'status', 'requester_email']).where('id', '=', request.params.id).executeTakeFirst();
    if (!ticket) return reply.code(404).send({ error: 'not found' });
    return ticket;
  });

  // the contact form on the help center creates a ticket
  // ok: missing-auth, missing-input-validation
  fastify.post<{ Body: { subject: string; body: string; email: string } }>('/tickets', {
    config: { rateLimit: { max: 3, timeWindow: '1 minute' } },
    schema: {
      body: {
        type: 'object',
        required: ['subject', 'body', 'email'],
        properties: { subject: { type: 'string', maxLength: 200 }, body: { type: 'string', maxLength: 20000 }, email: { type: 'string', format: 'email' } },
      },
    },
  }, async (request, reply) => {
    if (!request.tenantFromHost) return reply.code(404).send({ error: 'unknown help center' });
    await db.insertInto('tickets').values({ tenant_id: request.tenantFromHost.id, subject: request.body.subject, body: request.body.body, requester_email: request.body.email }).execute();
    return reply.code(202).send({ ok: true });
  });
}
