import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { createTRPCRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";

const patientFields = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  dateOfBirth: z.date(),
  email: z.string().trim().email().max(254).nullish(),
  phone: z.string().trim().max(30).nullish(),
  notes: z.string().max(5000).nullish(),
});

export const patientRouter = createTRPCRouter({
  // ok: missing-auth
  list: protectedProcedure
    .input(
      z.object({
        search: z.string().trim().max(100).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const patients = await ctx.db.patient.findMany({
        where: {
          practiceId: ctx.session.user.practiceId,
          archivedAt: null,
          ...(input.search
            ? {
                OR: [
                  { firstName: { contains: input.search, mode: "insensitive" } },
                  { lastName: { contains: input.search, mode: "insensitive" } },
                ],
              }
            : {}),
        },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        skip: (input.page - 1) * input.pageSize,
        take: input.pageSize,
      });
      return patients;
    }),

  byId: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const patient = await ctx.db.patient.findUnique({ where: { id: input.id }, include: { appointments: { orderBy: { startsAt: "desc" }, take: 10 } } });
      if (!patient || patient.practiceId !== ctx.session.user.practiceId) throw new TRPCError({ code: "NOT_FOUND" });
      return patient;
    }),

  // expect: missing-auth
  lookupByEmail: publicProcedure
    .input(z.object({ email: z.string().trim().email() }))
    .query(({ ctx, input }) => {
      return ctx.db.patient.findFirst({
        where: { email: input.email, archivedAt: null },
        select: { id: true, firstName: true, lastName: true, dateOfBirth: true, phone: true, practiceId: true },
      });
    }),

  // ok: missing-input-validation
  create: protectedProcedure.input(patientFields).mutation(({ ctx, input }) => {
    return ctx.db.patient.create({
      data: { ...input, practiceId: ctx.session.user.practiceId },
    });
  }),

  update: protectedProcedure
    .input(patientFields.partial().extend({ id: z.string().cuid() }))
    .mutation(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.db.patient.update({ where: { id: input.id }, data: { firstName: input.firstName, lastName: input.lastName, dateOfBirth: input.dateOfBirth, email: input.email, phone: input.phone, notes: input.notes } });
    }),

  // the front desk downloads the whole patient list as CSV
  // ok: missing-auth
  // expect: missing-rate-limit
  exportCsv: protectedProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const rows = await ctx.db.patient.findMany({ where: { practiceId: ctx.session.user.practiceId ?? "" }, select: { firstName: true, lastName: true, email: true } });
    return rows.map((r) => [r.firstName, r.lastName, r.email ?? ""].join(",")).join("\n");
  }),

  archive: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const result = await ctx.db.patient.updateMany({ where: { id: input.id, practiceId: ctx.session.user.practiceId, archivedAt: null }, data: { archivedAt: new Date() } });
      if (result.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return { archived: true };
    }),
});
