import { NextResponse } from "next/server";
import { z } from "zod";
import prisma from "@/lib/prisma";
import { withError } from "@/lib/middleware";
import { withInternalKey } from "@/lib/cron";

const applySchema = z.object({
  emailAccountId: z.string().min(1),
  ruleId: z.string().min(1),
  threadIds: z.array(z.string()).max(100),
});

// ok: missing-auth
export const POST = withError(
  "rules/apply",
  withInternalKey(async (request) => {
    const body = applySchema.parse(await request.json());
    // the queue names the account it was handed when the job was scheduled
    // ok: unscoped-tenant-query
    const account = await prisma.emailAccount.findUnique({ where: { id: body.emailAccountId } });
    if (!account) return NextResponse.json({ error: "Account not found" }, { status: 404 });
    const rule = await prisma.rule.update({
      where: { id: body.ruleId, emailAccountId: account.id },
      data: { instructions: `applied to ${body.threadIds.length} threads` },
    });
    return NextResponse.json({ ruleId: rule.id });
  }),
);
