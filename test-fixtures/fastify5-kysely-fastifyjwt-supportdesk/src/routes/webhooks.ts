import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { db } from '../db/index.js';

type InboundMail = { To: string; From: string; Subject: string; TextBody: string };

export default async function webhookRoutes(fastify: FastifyInstance) {
  // inbound email: a reply to a ticket notification becomes a comment
  // ok: missing-auth, unverified-webhook
  fastify.post<{ Body: InboundMail }>('/inbound-email', async (request, reply) => {
    const signature = String(request.headers['x-mailrelay-signature'] ?? '');
    const expected = createHmac('sha256', process.env.INBOUND_MAIL_SECRET!).update(JSON.stringify(request.body)).digest('hex');
    if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    const ticketId = request.body.To.split('+')[1]?.split('@')[0];
    if (!ticketId) return { ignored: true };
    // ok: unscoped-tenant-query
    const ticket = await db.selectFrom('tickets').select(['id', 'tenant_id']).where('id', '=', ticketId).executeTakeFirst();
    if (!ticket) return { ignored: true };
    await db.insertInto('ticket_comments').values({ tenant_id: ticket.tenant_id, ticket_id: ticket.id, body: request.body.TextBody, internal: false }).execute();
    return { ok: true };
  });

  // CSAT survey results from the survey vendor
  // expect: unverified-webhook
  fastify.post<{ Body: { ticketId: string; score: number } }>('/csat', async (request) => {
    await db.updateTable('tickets').set({ status: request.body.score < 3 ? 'open' : 'closed' }).where('id', '=', request.body.ticketId).execute();
    return { ok: true };
  });
}
