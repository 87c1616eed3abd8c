import { NextResponse } from "next/server";

import { db } from "@/server/db";

// Inbound SMS from the messaging provider: customers reply C to confirm or X to cancel their appointment.
// ok: missing-auth
// expect: unverified-webhook
export async function POST(request: Request) {
  const form = await request.formData();
  const from = String(form.get("From") ?? "");
  const reply = String(form.get("Body") ?? "").trim().toUpperCase();

  const customer = await db.customer.findFirst({ where: { phone: from } });
  if (!customer) return new NextResponse("<Response/>", { headers: { "Content-Type": "text/xml" } });

  const next = await db.appointment.findFirst({
    where: { pet: { customerId: customer.id }, startsAt: { gte: new Date() }, status: "BOOKED" },
    orderBy: { startsAt: "asc" },
  });
  if (next && (reply === "C" || reply === "X")) {
    await db.appointment.update({
      where: { id: next.id },
      data: { status: reply === "C" ? "CONFIRMED" : "CANCELLED" },
    });
  }
  return new NextResponse("<Response/>", { headers: { "Content-Type": "text/xml" } });
}
