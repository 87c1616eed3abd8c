import { z } from 'zod';

const Reply = z.object({ body: z.string().min(1).max(20_000) });

export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  const ticket = await findTicketForAgent(agent, getRouterParam(event, 'id')!);
  const { body } = await readValidatedBody(event, Reply.parse);
  const [message] = await db.insert(tables.messages)
    .values({ body, ticketId: ticket.id, workspaceId: ticket.workspaceId, fromAgent: true })
    .returning();
  return message;
});
