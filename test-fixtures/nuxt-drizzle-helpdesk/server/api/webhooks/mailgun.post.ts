import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';

// ok: missing-auth, unverified-webhook
export default defineEventHandler(async (event) => {
  const form = await readFormData(event);
  const timestamp = String(form.get('timestamp'));
  const token = String(form.get('token'));
  const signature = String(form.get('signature'));
  const expected = createHmac('sha256', useRuntimeConfig(event).mailgunSigningKey).update(timestamp + token).digest('hex');
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    throw createError({ statusCode: 406, statusMessage: 'bad signature' });
  }
  const ticketId = String(form.get('ticket-id'));
  const ticket = await db.query.tickets.findFirst({ where: eq(tables.tickets.id, ticketId) });
  if (!ticket) return { ignored: true };
  await db.insert(tables.messages).values({ ticketId: ticket.id, workspaceId: ticket.workspaceId, body: String(form.get('stripped-text') ?? '') });
  return { ok: true };
});
