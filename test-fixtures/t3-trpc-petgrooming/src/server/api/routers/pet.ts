import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { assertCustomerInOrg } from "@/server/api/guards";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "@/server/api/trpc";

const petInput = z.object({
  customerId: z.string().cuid(),
  name: z.string().min(1).max(60),
  species: z.enum(["dog", "cat", "rabbit", "other"]),
  breed: z.string().max(60).optional(),
  notes: z.string().max(2000).optional(),
});

export const petRouter = createTRPCRouter({
  // ok: missing-auth
  list: orgProcedure.input(z.object({ includeArchived: z.boolean().default(false) }).optional()).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.pet.findMany({
      where: { organizationId: ctx.orgId, ...(input?.includeArchived ? {} : { archived: false }) },
      orderBy: { name: "asc" },
    });
  }),

  byId: orgProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const pet = await ctx.db.pet.findFirst({ where: { id: input.id, organizationId: ctx.orgId }, include: { customer: true } });
    if (!pet) throw new TRPCError({ code: "NOT_FOUND" });
    return pet;
  }),

  // ok: missing-input-validation
  create: orgProcedure.input(petInput).mutation(async ({ ctx, input }) => {
    await assertCustomerInOrg(ctx.db, ctx.orgId, input.customerId);
    return ctx.db.pet.create({ data: { ...input, organizationId: ctx.orgId } });
  }),

  // ok: missing-input-validation
  update: orgProcedure.input(petInput.omit({ customerId: true }).partial().extend({ id: z.string() })).mutation(({ ctx, input }) => {
    const { id, ...data } = input;
    // expect: unscoped-tenant-query
    return ctx.db.pet.update({ where: { id }, data });
  }),

  // the grooming form posts free-form care notes; the schema lets anything through
  // expect: missing-input-validation
  saveCareNotes: orgProcedure.input(z.unknown().optional()).mutation(async ({ ctx, input }) => {
    const { id, notes } = input as { id: string; notes: string };
    // ok: unscoped-tenant-query
    await ctx.db.pet.updateMany({ where: { id, organizationId: ctx.orgId }, data: { notes } });
    return { ok: true };
  }),

  medicalHistory: protectedProcedure.input(z.object({ petId: z.string() })).query(({ ctx, input }) => {
    // expect: unscoped-tenant-query
    return ctx.db.pet.findUnique({
      where: { id: input.petId },
      select: { name: true, notes: true, visits: { orderBy: { createdAt: "desc" } } },
    });
  }),

  photos: orgProcedure.input(z.object({ petId: z.string() })).query(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const pet = await ctx.db.pet.findUnique({ where: { id: input.petId }, include: { photos: true } });
    if (!pet || pet.organizationId !== ctx.orgId) throw new TRPCError({ code: "NOT_FOUND" });
    return pet.photos;
  }),
});
