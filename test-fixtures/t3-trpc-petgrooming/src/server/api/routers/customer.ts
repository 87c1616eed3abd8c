import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { createTRPCRouter, managerProcedure, orgProcedure } from "@/server/api/trpc";

function assertSameSalon<T extends { organizationId: string }>(orgId: string, row: T | null): T {
  if (!row || row.organizationId !== orgId) throw new TRPCError({ code: "NOT_FOUND" });
  return row;
}

export const customerRouter = createTRPCRouter({
  byId: orgProcedure.input(z.object({ id: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.customer.findFirst({ where: { id: input.id, organization: { id: ctx.orgId } }, include: { pets: true } });
  }),

  petsOf: orgProcedure.input(z.object({ customerId: z.string() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.pet.findMany({ where: { customerId: input.customerId, customer: { organizationId: ctx.orgId } } });
  }),

  search: orgProcedure.input(z.object({ q: z.string().min(2).max(80) })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.customer.findMany({
      where: {
        organizationId: ctx.orgId,
        OR: [{ name: { contains: input.q, mode: "insensitive" } }, { email: { contains: input.q, mode: "insensitive" } }],
      },
      take: 20,
    });
  }),

  // ok: missing-input-validation
  updateNotes: orgProcedure.input(z.object({ id: z.string(), notes: z.string().max(4000) })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const customer = assertSameSalon(ctx.orgId, await ctx.db.customer.findUnique({ where: { id: input.id } }));
    // ok: unscoped-tenant-query
    return ctx.db.customer.update({ where: { id: customer.id }, data: { notes: input.notes } });
  }),

  // Two records for the same family: move the pets over and drop the duplicate.
  merge: managerProcedure.input(z.object({ keepId: z.string(), dropId: z.string() })).mutation(async ({ ctx, input }) => {
    await ctx.db.$transaction([
      // expect: unscoped-tenant-query
      ctx.db.pet.updateMany({ where: { customerId: input.dropId }, data: { customerId: input.keepId } }),
      // expect: unscoped-tenant-query
      ctx.db.customer.delete({ where: { id: input.dropId } }),
    ]);
    return { ok: true };
  }),
});
