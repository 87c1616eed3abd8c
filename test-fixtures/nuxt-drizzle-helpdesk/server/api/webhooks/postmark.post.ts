import { eq } from 'drizzle-orm';

type InboundEmail = { MailboxHash: string; TextBody: string; From: string };

// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const email = await readBody<InboundEmail>(event);
  const ticket = await db.query.tickets.findFirst({ where: eq(tables.tickets.id, email.MailboxHash) });
  if (!ticket) return { ignored: true };
  await db.insert(tables.messages).values({ ticketId: ticket.id, workspaceId: ticket.workspaceId, body: email.TextBody });
  return { ok: true };
});
