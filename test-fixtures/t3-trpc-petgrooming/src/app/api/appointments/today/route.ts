import { NextResponse } from "next/server";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

// Feeds the front-desk screen.
// expect: missing-auth
export const GET = auth(async (req) => {
  const organizationId = req.auth?.user.organizationId ?? undefined;
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 3600 * 1000);
  const appointments = await db.appointment.findMany({
    where: { organizationId, startsAt: { gte: start, lt: end } },
    include: { pet: { include: { customer: { select: { name: true, phone: true } } } } },
    orderBy: { startsAt: "asc" },
  });
  return NextResponse.json(appointments);
});
