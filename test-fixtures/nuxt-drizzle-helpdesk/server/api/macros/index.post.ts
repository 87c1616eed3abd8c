import { z } from 'zod';

const Macro = z.object({ ticketId: z.string().uuid(), body: z.string().min(1).max(5000) });

// ok: missing-auth
export default defineEventHandler({
  onRequest: [(event) => { requireAgent(event); }],
  async handler(event) {
    const agent = event.context.agent as Agent;
    const input = Macro.parse(await readBody(event));
    const ticket = await findTicketForAgent(agent, input.ticketId);
    await db.insert(tables.messages).values({ ticketId: ticket.id, workspaceId: agent.workspaceId, body: input.body, fromAgent: true });
    return { ok: true };
  },
});
