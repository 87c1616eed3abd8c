import { NextResponse } from "next/server";
import prisma from "@/lib/prisma";
import { withError } from "@/lib/middleware";

// the scheduler calls this, but nothing checks that it is the scheduler
// expect: missing-auth
export const POST = withError("cron/digest", async () => {
  const accounts = await prisma.emailAccount.findMany({ select: { id: true, email: true } });
  await prisma.rule.updateMany({ where: { name: "digest" }, data: { instructions: "sent" } });
  return NextResponse.json({ queued: accounts.length });
});
