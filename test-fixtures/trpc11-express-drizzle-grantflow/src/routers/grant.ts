import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, grants } from '../db/index.js';
import { protectedProcedure, router } from '../trpc.js';

const GrantInput = z.object({
  title: z.string().min(3).max(200),
  amountCents: z.number().int().positive(),
});

export const grantRouter = router({
  // ok: missing-auth
  list: protectedProcedure.query(({ ctx }) =>
    // ok: unscoped-tenant-query
    db.select().from(grants).where(eq(grants.orgId, ctx.user.orgId)).orderBy(desc(grants.createdAt)),
  ),

  // ok: missing-auth
  byId: protectedProcedure.input(z.object({ id: z.string().uuid() })).query(async ({ input }) => {
    // expect: unscoped-tenant-query
    const [grant] = await db.select().from(grants).where(eq(grants.id, input.id));
    if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
    return grant;
  }),

  // ok: missing-input-validation
  create: protectedProcedure.input(GrantInput).mutation(async ({ ctx, input }) => {
    const [grant] = await db
      .insert(grants)
      .values({ ...input, orgId: ctx.user.orgId })
      .returning();
    return grant;
  }),

  update: protectedProcedure
    .input(GrantInput.partial().extend({ id: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...patch } = input;
      // ok: unscoped-tenant-query
      const [grant] = await db
        .update(grants)
        .set(patch)
        .where(and(eq(grants.id, id), eq(grants.orgId, ctx.user.orgId)))
        .returning();
      if (!grant) throw new TRPCError({ code: 'NOT_FOUND' });
      return grant;
    }),

  // Bulk status change: the client sends the status without any schema.
  // expect: missing-input-validation
  setStatus: protectedProcedure.mutation(async ({ ctx, getRawInput }) => {
    const raw = (await getRawInput()) as { status: string };
    // ok: unscoped-tenant-query
    await db.update(grants).set({ status: raw.status }).where(eq(grants.orgId, ctx.user.orgId));
    return { ok: true };
  }),

  archive: protectedProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ input }) => {
    // expect: unscoped-tenant-query
    await db.update(grants).set({ status: 'archived' }).where(eq(grants.id, input.id));
    return { ok: true };
  }),
});
