import { NextResponse } from "next/server";
import prisma from "@/lib/prisma";
import { withError } from "@/lib/middleware";
import { hasCronSecret, hasPostedCronSecret } from "@/lib/cron";

// ok: missing-auth
export const GET = withError("cron/cleanup", async (request) => {
  if (!hasCronSecret(request)) {
    return new Response("Unauthorized", { status: 401 });
  }
  // every account's empty rules: the scheduler works for all tenants at once
  // ok: unscoped-tenant-query
  const accounts = await prisma.emailAccount.findMany({ select: { id: true } });
  const { count } = await prisma.rule.deleteMany({
    where: { instructions: "", emailAccountId: { in: accounts.map((a) => a.id) } },
  });
  return NextResponse.json({ deleted: count });
});

// ok: missing-auth
export const POST = withError("cron/cleanup", async (request) => {
  if (!(await hasPostedCronSecret(request))) {
    return new Response("Unauthorized", { status: 401 });
  }
  const { count } = await prisma.rule.deleteMany({ where: { instructions: "" } });
  return NextResponse.json({ deleted: count });
});
