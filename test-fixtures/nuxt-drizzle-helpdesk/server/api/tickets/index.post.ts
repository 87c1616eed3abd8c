import { z } from 'zod';

const CreateTicket = z.object({
  subject: z.string().min(1).max(200),
  requesterEmail: z.string().email(),
});

export default defineEventHandler(async (event) => {
  const agent = requireAgent(event);
  const body = await readValidatedBody(event, CreateTicket.parse);
  const [ticket] = await db.insert(tables.tickets).values({ ...body, workspaceId: agent.workspaceId }).returning();
  return ticket;
});
