import { and, eq } from 'drizzle-orm';
import type { Agent } from './session';

/** Loads a ticket of the agent's workspace or answers 404. */
export async function findTicketForAgent(agent: Agent, ticketId: string) {
  const ticket = await db.query.tickets.findFirst({
    where: and(eq(tables.tickets.id, ticketId), eq(tables.tickets.workspaceId, agent.workspaceId)),
  });
  if (!ticket) throw createError({ statusCode: 404, statusMessage: 'Ticket not found' });
  return ticket;
}
