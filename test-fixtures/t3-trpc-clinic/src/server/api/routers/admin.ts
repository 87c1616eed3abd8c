import { Role } from "@prisma/client";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { adminProcedure, createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

export const adminRouter = createTRPCRouter({
  // ok: missing-role-check
  listStaff: adminProcedure.query(({ ctx }) => {
    return ctx.db.user.findMany({
      where: { practiceId: ctx.session.user.practiceId },
      select: { id: true, name: true, email: true, role: true },
      orderBy: { name: "asc" },
    });
  }),

  // ok: missing-role-check
  // ok: missing-input-validation
  assignStaff: adminProcedure
    .input(z.object({ email: z.string().trim().email(), role: z.nativeEnum(Role).default("STAFF") }))
    .mutation(async ({ ctx, input }) => {
      const result = await ctx.db.user.updateMany({
        where: { email: input.email, practiceId: null },
        data: { practiceId: ctx.session.user.practiceId, role: input.role },
      });
      if (result.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No unassigned account with that email has signed in yet." });
      }
      return { assigned: true };
    }),

  // expect: missing-role-check
  updateRole: protectedProcedure
    .input(z.object({ userId: z.string().cuid(), role: z.nativeEnum(Role) }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.session.user.id) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot change your own role." });
      }
      const result = await ctx.db.user.updateMany({
        where: { id: input.userId, practiceId: ctx.session.user.practiceId },
        data: { role: input.role },
      });
      if (result.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      // ok: token-logging
      console.log(`[admin] ${ctx.session.user.id} set role of ${input.userId} to ${input.role}`);
      return { updated: true };
    }),

  // expect: missing-role-check
  removeStaff: protectedProcedure
    .input(z.object({ userId: z.string().cuid() }))
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.session.user.id) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot remove yourself." });
      }
      const result = await ctx.db.user.updateMany({
        where: { id: input.userId, practiceId: ctx.session.user.practiceId },
        data: { practiceId: null, role: "STAFF" },
      });
      if (result.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return { removed: true };
    }),

  // expect: missing-role-check
  revenueReport: protectedProcedure
    .input(z.object({ from: z.date(), to: z.date() }))
    .query(async ({ ctx, input }) => {
      const practiceId = ctx.session.user.practiceId;
      const createdAt = { gte: input.from, lte: input.to };
      const [paid, outstanding] = await Promise.all([
        ctx.db.invoice.aggregate({ where: { practiceId, createdAt, status: "PAID" }, _sum: { amountCents: true }, _count: true }),
        ctx.db.invoice.aggregate({ where: { practiceId, createdAt, status: "OPEN" }, _sum: { amountCents: true }, _count: true }),
      ]);
      return {
        paidCents: paid._sum.amountCents ?? 0,
        paidCount: paid._count,
        outstandingCents: outstanding._sum.amountCents ?? 0,
        outstandingCount: outstanding._count,
      };
    }),

  // ok: missing-role-check
  practiceOverview: protectedProcedure.query(async ({ ctx }) => {
    if (ctx.session.user.role !== "ADMIN") {
      throw new TRPCError({ code: "FORBIDDEN" });
    }
    const practiceId = ctx.session.user.practiceId;
    const [patients, staff, upcoming] = await Promise.all([
      ctx.db.patient.count({ where: { practiceId, archivedAt: null } }),
      ctx.db.user.count({ where: { practiceId } }),
      ctx.db.appointment.count({ where: { practiceId, startsAt: { gte: new Date() }, status: "SCHEDULED" } }),
    ]);
    return { patients, staff, upcoming };
  }),

  // ok: missing-role-check
  // expect: missing-input-validation
  updatePracticeSettings: adminProcedure
    .input((raw) => raw as { name?: string; timezone?: string; phone?: string })
    .mutation(({ ctx, input }) => {
      return ctx.db.practice.update({
        where: { id: ctx.session.user.practiceId },
        data: input,
      });
    }),
});
