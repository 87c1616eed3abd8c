import { TRPCError } from "@trpc/server";
import { z } from "zod";

import { createTRPCRouter, managerProcedure, orgProcedure } from "@/server/api/trpc";
import { sendMail } from "@/server/mailer";

export const invoiceRouter = createTRPCRouter({
  list: orgProcedure.input(z.object({ status: z.enum(["OPEN", "PAID", "VOID"]).optional() })).query(({ ctx, input }) => {
    // ok: unscoped-tenant-query
    return ctx.db.invoice.findMany({
      where: { organizationId: ctx.orgId, status: input.status },
      include: { customer: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    });
  }),

  byId: orgProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    // expect: unscoped-tenant-query
    const invoice = await ctx.db.invoice.findUnique({ where: { id: input.id }, include: { customer: true } });
    if (!invoice) throw new TRPCError({ code: "NOT_FOUND" });
    return invoice;
  }),

  markPaid: managerProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const { count } = await ctx.db.invoice.updateMany({
      where: { id: input.id, organizationId: ctx.orgId, status: "OPEN" },
      data: { status: "PAID", paidAt: new Date() },
    });
    if (count === 0) throw new TRPCError({ code: "NOT_FOUND" });
    return { ok: true };
  }),

  // expect: missing-rate-limit
  exportCsv: orgProcedure.query(async ({ ctx }) => {
    // ok: unscoped-tenant-query
    const rows = await ctx.db.invoice.findMany({
      where: { organizationId: ctx.orgId },
      include: { customer: { select: { name: true, email: true } } },
    });
    const lines = rows.map((r) => [r.id, r.customer.name, r.customer.email ?? "", r.amountCents, r.status].join(","));
    return ["id,customer,email,amount_cents,status", ...lines].join("\n");
  }),

  sendReminder: orgProcedure.input(z.object({ id: z.string() })).mutation(async ({ ctx, input }) => {
    // ok: unscoped-tenant-query
    const invoice = await ctx.db.invoice.findFirst({
      where: { id: input.id, organizationId: ctx.orgId },
      include: { customer: true },
    });
    if (!invoice?.customer.email) throw new TRPCError({ code: "NOT_FOUND" });
    try {
      await sendMail(invoice.customer.email, "Invoice reminder", `You owe ${(invoice.amountCents / 100).toFixed(2)} EUR.`);
    } catch (e) {
      // expect: error-details-leak
      throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: (e as Error).message });
    }
    return { sent: true };
  }),
});
