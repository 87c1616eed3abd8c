import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, organizations, users } from '../db/index.js';
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
});
