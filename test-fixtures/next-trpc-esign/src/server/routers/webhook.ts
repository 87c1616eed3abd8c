import { z } from 'zod';
import { createHmac } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { router, authenticatedProcedure } from '../trpc';
import { prisma } from '../db';

// Outgoing webhooks: a signed-in team member configures where we POST document events.
// None of these procedures receives a webhook.

async function assertTeamMember(userId: string, teamId: string) {
  const member = await prisma.teamMember.findFirst({ where: { teamId, userId } });
  if (!member) throw new TRPCError({ code: 'FORBIDDEN' });
  return member;
}

const eventNames = z.array(z.enum(['document.created', 'document.sent', 'document.completed']));

export const webhookRouter = router({
  // ok: unverified-webhook, missing-auth
  getTeamWebhooks: authenticatedProcedure.input(z.object({ teamId: z.string() })).query(async ({ ctx, input }) => {
    await assertTeamMember(ctx.user.id, input.teamId);
    return prisma.webhook.findMany({ where: { teamId: input.teamId }, orderBy: { createdAt: 'desc' } });
  }),

  // ok: unverified-webhook, missing-auth
  createWebhook: authenticatedProcedure
    .input(z.object({ teamId: z.string(), url: z.string().url(), events: eventNames }))
    .mutation(async ({ ctx, input }) => {
      await assertTeamMember(ctx.user.id, input.teamId);
      const secret = createHmac('sha256', input.url).update(String(Date.now())).digest('hex');
      return prisma.webhook.create({ data: { teamId: input.teamId, url: input.url, events: input.events, secret } });
    }),

  // ok: unverified-webhook, missing-auth
  editWebhook: authenticatedProcedure
    .input(z.object({ teamId: z.string(), id: z.string(), url: z.string().url(), enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await assertTeamMember(ctx.user.id, input.teamId);
      return prisma.webhook.update({ where: { id: input.id, teamId: input.teamId }, data: { url: input.url, enabled: input.enabled } });
    }),

  // ok: unverified-webhook, missing-auth
  deleteWebhook: authenticatedProcedure.input(z.object({ teamId: z.string(), id: z.string() })).mutation(async ({ ctx, input }) => {
    await assertTeamMember(ctx.user.id, input.teamId);
    await prisma.webhook.delete({ where: { id: input.id, teamId: input.teamId } });
    return { ok: true };
  }),

  // sends a sample event to the team's endpoint so the user can see it arrive
  // ok: unverified-webhook, missing-auth
  testWebhook: authenticatedProcedure.input(z.object({ teamId: z.string(), id: z.string() })).mutation(async ({ ctx, input }) => {
    await assertTeamMember(ctx.user.id, input.teamId);
    const hook = await prisma.webhook.findFirst({ where: { id: input.id, teamId: input.teamId } });
    if (!hook) throw new TRPCError({ code: 'NOT_FOUND' });
    const body = JSON.stringify({ event: 'document.created', test: true });
    const signature = createHmac('sha256', hook.secret).update(body).digest('hex');
    const res = await fetch(hook.url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-esign-signature': signature } });
    return { status: res.status };
  }),
});
