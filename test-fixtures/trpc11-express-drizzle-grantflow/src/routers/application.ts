import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications, db, payouts } from '../db/index.js';
import { orgProcedure, protectedProcedure, router } from '../trpc.js';

export const applicationRouter = router({
  // ok: missing-auth
  listForOrg: orgProcedure.query(({ input }) =>
    // ok: unscoped-tenant-query
    db.select().from(applications).where(eq(applications.orgId, input.orgId)),
  ),

  score: orgProcedure
    .input(z.object({ applicationId: z.string().uuid(), score: z.number().int().min(0).max(100) }))
    .mutation(async ({ input }) => {
      // ok: unscoped-tenant-query
      const [row] = await db
        .update(applications)
        .set({ score: input.score })
        .where(and(eq(applications.id, input.applicationId), eq(applications.orgId, input.orgId)))
        .returning();
      if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
      return row;
    }),

  notes: protectedProcedure.input(z.object({ applicationId: z.string().uuid() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const row = await db.query.applications.findFirst({ where: eq(applications.id, input.applicationId) });
    if (!row || row.orgId !== ctx.user.orgId) throw new TRPCError({ code: 'NOT_FOUND' });
    return { notes: row.notes };
  }),

  // orgProcedure vouches for input.orgId only: the application id is another client value.
  byId: orgProcedure.input(z.object({ applicationId: z.string().uuid() })).query(async ({ input }) => {
    // expect: unscoped-tenant-query
    const row = await db.query.applications.findFirst({ where: eq(applications.id, input.applicationId) });
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
    return row;
  }),

  // expect: missing-rate-limit
  exportCsv: orgProcedure.query(async ({ input }) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(applications).where(eq(applications.orgId, input.orgId));
    return rows.map((r) => `${r.id},${r.applicantEmail},${r.score ?? ''}`).join('\n');
  }),

  payoutStatus: protectedProcedure.input(z.object({ payoutId: z.string().uuid() })).query(async ({ input }) => {
    try {
      // expect: unscoped-tenant-query
      const [payout] = await db.select().from(payouts).where(eq(payouts.id, input.payoutId));
      return payout ?? null;
    } catch (err) {
      // expect: error-details-leak
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: (err as Error).message });
    }
  }),
});
