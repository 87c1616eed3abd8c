import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { createTRPCRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";

const APPOINTMENT_TYPES = [
  { id: "new-patient", label: "New patient consultation", durationMinutes: 60 },
  { id: "follow-up", label: "Follow-up visit", durationMinutes: 30 },
  { id: "annual-physical", label: "Annual physical", durationMinutes: 45 },
  { id: "telehealth", label: "Telehealth check-in", durationMinutes: 20 },
] as const;

const appointmentTypeId = z.enum(["new-patient", "follow-up", "annual-physical", "telehealth"]);

const timeRange = z
  .object({ startsAt: z.date(), endsAt: z.date() })
  .refine((r) => r.endsAt > r.startsAt, { message: "endsAt must be after startsAt", path: ["endsAt"] });

export const appointmentRouter = createTRPCRouter({
  // ok: missing-auth
  types: publicProcedure.query(() => APPOINTMENT_TYPES),

  // the landing page's "N appointments booked" counter: a total, no record
  // ok: missing-auth
  bookedTotal: publicProcedure.query(({ ctx }) => ctx.db.appointment.count()),

  // a count the caller narrows to one practice tells about that practice
  // expect: missing-auth
  bookedForPractice: publicProcedure
    .input(z.object({ practiceId: z.string().cuid() }))
    .query(({ ctx, input }) => ctx.db.appointment.count({ where: { practiceId: input.practiceId } })),

  // ok: missing-auth
  upcoming: protectedProcedure
    .input(z.object({ days: z.number().int().min(1).max(60).default(7) }))
    .query(({ ctx, input }) => {
      const now = new Date();
      const until = new Date(now.getTime() + input.days * 24 * 60 * 60 * 1000);
      // ok: unscoped-tenant-query
      return ctx.db.appointment.findMany({ where: { practiceId: ctx.session.user.practiceId, startsAt: { gte: now, lte: until }, status: { not: "CANCELLED" } }, include: { patient: { select: { id: true, firstName: true, lastName: true } } }, orderBy: { startsAt: "asc" } });
    }),

  byId: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.db.appointment.findUnique({ where: { id: input.id }, include: { patient: true, provider: { select: { id: true, name: true } } } });
    }),

  forPatient: protectedProcedure
    .input(z.object({ patientId: z.string().cuid() }))
    .query(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.db.appointment.findMany({ where: { patientId: input.patientId }, orderBy: { startsAt: "desc" } });
    }),

  create: protectedProcedure
    .input(
      z
        .object({
          patientId: z.string().cuid(),
          providerId: z.string().cuid().optional(),
          type: appointmentTypeId,
          reason: z.string().trim().max(500).optional(),
          startsAt: z.date(),
          endsAt: z.date(),
        })
        .refine((a) => a.endsAt > a.startsAt, { message: "endsAt must be after startsAt", path: ["endsAt"] }),
    )
    .mutation(async ({ ctx, input }) => {
      const practiceId = ctx.session.user.practiceId;

      // ok: unscoped-tenant-query
      const patient = await ctx.db.patient.findFirst({ where: { id: input.patientId, practiceId, archivedAt: null }, select: { id: true } });
      if (!patient) {
        throw new TRPCError({ code: "NOT_FOUND", message: "Patient not found" });
      }

      if (input.providerId) {
        // ok: unscoped-tenant-query
        const provider = await ctx.db.user.findFirst({ where: { id: input.providerId, practiceId }, select: { id: true } });
        if (!provider) {
          throw new TRPCError({ code: "NOT_FOUND", message: "Provider not found" });
        }
      }

      return ctx.db.appointment.create({
        data: {
          practiceId,
          patientId: patient.id,
          providerId: input.providerId,
          type: input.type,
          reason: input.reason,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
        },
      });
    }),

  reschedule: protectedProcedure
    .input(z.object({ id: z.string().cuid() }).and(timeRange))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const appointment = await ctx.db.appointment.findUnique({ where: { id: input.id } });
      if (!appointment || appointment.practiceId !== ctx.session.user.practiceId) throw new TRPCError({ code: "NOT_FOUND" });
      if (appointment.status !== "SCHEDULED") {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Only scheduled appointments can be moved" });
      }
      // ok: unscoped-tenant-query
      return ctx.db.appointment.update({ where: { id: appointment.id }, data: { startsAt: input.startsAt, endsAt: input.endsAt } });
    }),

  // expect: missing-auth
  cancel: publicProcedure
    .input(z.object({ id: z.string().cuid() }))
    .mutation(({ ctx, input }) => {
      return ctx.db.appointment.update({
        where: { id: input.id },
        data: { status: "CANCELLED" },
      });
    }),
});
