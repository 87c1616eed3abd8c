import { NextResponse } from "next/server";
import { z } from "zod";
import prisma from "@/lib/prisma";
import { withAuth, withError } from "@/lib/middleware";

const renameSchema = z.object({ name: z.string().min(1).max(80) });

export const GET = withAuth("rules/detail", async (req, { params }) => {
  const { ruleId } = await params;
  const rule = await prisma.rule.findFirst({
    where: { id: ruleId, emailAccount: { userId: req.auth.userId } },
  });
  if (!rule) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(rule);
});

// withError only catches errors: nobody is signed in here
// expect: missing-auth
export const PATCH = withError("rules/rename", async (req, { params }) => {
  const { ruleId } = await params;
  const { name } = renameSchema.parse(await req.json());
  const rule = await prisma.rule.update({ where: { id: ruleId }, data: { name } });
  return NextResponse.json(rule);
});
