import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, organizations, users } from '../db/index.js';
import { signAccessToken } from '../lib/tokens.js';
import { adminProcedure, protectedProcedure, router } from '../trpc.js';

export const adminRouter = router({
  // ok: missing-role-check
  organizations: adminProcedure.query(() => db.select().from(organizations)),

  // ok: missing-role-check
  setPlan: adminProcedure
    .input(z.object({ orgId: z.string().uuid(), plan: z.enum(['free', 'pro', 'enterprise']) }))
    .mutation(async ({ input }) => {
      await db.update(organizations).set({ plan: input.plan }).where(eq(organizations.id, input.orgId));
      return { ok: true };
    }),

  // Built on the wrong procedure: any signed-in user can promote anybody in their org.
  // expect: missing-role-check
  updateUserRole: protectedProcedure
    .input(z.object({ userId: z.string().uuid(), role: z.enum(['member', 'admin']) }))
    .mutation(async ({ ctx, input }) => {
      // expect: unscoped-tenant-query
      await db.update(users).set({ role: input.role }).where(eq(users.id, input.userId));
      return { ok: true };
    }),

  // Support tool: sign in as another user of the same org. No role check.
  // expect: missing-role-check
  impersonate: protectedProcedure.input(z.object({ userId: z.string().uuid() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const target = await db.query.users.findFirst({ where: and(eq(users.id, input.userId), eq(users.orgId, ctx.user.orgId)) });
    if (!target) throw new TRPCError({ code: 'NOT_FOUND' });
    return { token: signAccessToken({ sub: target.id, orgId: target.orgId, role: target.role }) };
  }),
});
