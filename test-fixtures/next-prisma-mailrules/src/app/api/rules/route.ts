import { NextResponse } from "next/server";
import prisma from "@/lib/prisma";
import { withEmailAccount } from "@/lib/middleware";

export const GET = withEmailAccount("rules", async (req) => {
  const rules = await prisma.rule.findMany({
    where: { emailAccountId: req.auth.emailAccountId },
    orderBy: { name: "asc" },
  });
  return NextResponse.json(rules);
});
