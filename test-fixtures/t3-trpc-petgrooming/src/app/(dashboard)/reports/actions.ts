"use server";

import { db } from "@/server/db";

// Revenue chart on /reports.
// expect: missing-auth
export async function getRevenueSummary(organizationId: string, from: Date, to: Date) {
  const invoices = await db.invoice.findMany({
    where: { organizationId, status: "PAID", paidAt: { gte: from, lte: to } },
    select: { amountCents: true, paidAt: true, customer: { select: { name: true } } },
  });
  const total = invoices.reduce((sum, i) => sum + i.amountCents, 0);
  return { total, invoices };
}
