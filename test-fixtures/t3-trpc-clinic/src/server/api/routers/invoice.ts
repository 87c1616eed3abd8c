import { InvoiceStatus } from "@prisma/client";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { createTRPCRouter, protectedProcedure, publicProcedure } from "~/server/api/trpc";

export const invoiceRouter = createTRPCRouter({
  // ok: missing-auth
  list: protectedProcedure
    .input(z.object({ status: z.nativeEnum(InvoiceStatus).optional() }))
    .query(({ ctx, input }) => {
      // ok: unscoped-tenant-query
      return ctx.db.invoice.findMany({ where: { practiceId: ctx.session.user.practiceId, status: input.status }, include: { patient: { select: { id: true, firstName: true, lastName: true } } }, orderBy: { createdAt: "desc" }, take: 200 });
    }),

  byId: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const invoice = await ctx.db.invoice.findFirst({ where: { id: input.id, practiceId: ctx.session.user.practiceId }, include: { patient: true, appointment: true } });
      if (!invoice) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return invoice;
    }),

  // expect: missing-auth
  byPatient: publicProcedure
    .input(z.object({ patientId: z.string().cuid() }))
    .query(({ ctx, input }) => {
      return ctx.db.invoice.findMany({
        where: { patientId: input.patientId },
        orderBy: { createdAt: "desc" },
      });
    }),

  // expect: missing-auth
  pdfData: publicProcedure
    .input(z.object({ id: z.string().cuid() }))
    .query(async ({ ctx, input }) => {
      const invoice = await ctx.db.invoice.findUnique({
        where: { id: input.id },
        include: { patient: true, practice: { select: { name: true, phone: true } } },
      });
      if (!invoice) {
        throw new TRPCError({ code: "NOT_FOUND" });
      }
      return invoice;
    }),

  create: protectedProcedure
    .input(
      z.object({
        patientId: z.string().cuid(),
        appointmentId: z.string().cuid().optional(),
        description: z.string().trim().min(1).max(500),
        amountCents: z.number().int().positive().max(10_000_000),
        dueDate: z.date().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const practiceId = ctx.session.user.practiceId;

      // ok: unscoped-tenant-query
      const patient = await ctx.db.patient.findFirst({ where: { id: input.patientId, practiceId }, select: { id: true } });
      if (!patient) {
        throw new TRPCError({ code: "NOT_FOUND", message: "Patient not found" });
      }

      if (input.appointmentId) {
        // ok: unscoped-tenant-query
        const appointment = await ctx.db.appointment.findFirst({ where: { id: input.appointmentId, practiceId, patientId: patient.id }, select: { id: true } });
        if (!appointment) {
          throw new TRPCError({ code: "NOT_FOUND", message: "Appointment not found" });
        }
      }

      try {
        return await ctx.db.invoice.create({
          data: {
            practiceId,
            patientId: patient.id,
            appointmentId: input.appointmentId,
            description: input.description,
            amountCents: input.amountCents,
            dueDate: input.dueDate,
          },
        });
      } catch (err) {
        // tRPC sends the message of every error to the client, the database's included
        // expect: error-details-leak
        throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: err instanceof Error ? err.message : "Could not create invoice", cause: err });
      }
    }),

  markPaid: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .mutation(({ ctx, input }) => {
      // expect: unscoped-tenant-query
      return ctx.db.invoice.update({ where: { id: input.id }, data: { status: "PAID", paidAt: new Date() } });
    }),

  voidInvoice: protectedProcedure
    .input(z.object({ id: z.string().cuid() }))
    .mutation(async ({ ctx, input }) => {
      // ok: unscoped-tenant-query
      const result = await ctx.db.invoice.updateMany({ where: { id: input.id, practiceId: ctx.session.user.practiceId, status: { not: "PAID" } }, data: { status: "VOID" } });
      if (result.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "Invoice not found or already paid" });
      }
      return { voided: true };
    }),
});
