import { NextResponse } from "next/server";

import { env } from "@/env";
import { db } from "@/server/db";
import { sendMail } from "@/server/mailer";

// Vercel Cron, hourly.
// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get("authorization") !== `Bearer ${env.CRON_SECRET}`) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const soon = new Date(Date.now() + 24 * 3600 * 1000);
  // ok: unscoped-tenant-query
  const due = await db.appointment.findMany({
    where: { startsAt: { lte: soon, gte: new Date() }, reminderSentAt: null, status: "BOOKED" },
    include: { pet: { include: { customer: true } } },
  });
  for (const appt of due) {
    if (appt.pet.customer.email) {
      await sendMail(appt.pet.customer.email, `Reminder: ${appt.pet.name}'s grooming`, `See you at ${appt.startsAt.toISOString()}`);
    }
    await db.appointment.update({ where: { id: appt.id }, data: { reminderSentAt: new Date() } });
  }
  return NextResponse.json({ sent: due.length });
}
