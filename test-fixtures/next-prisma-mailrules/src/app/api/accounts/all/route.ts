import { NextResponse } from "next/server";
import prisma from "@/lib/prisma";
import { auth } from "@/lib/auth";
import { withError } from "@/lib/middleware";
import { isAdmin } from "@/lib/admin";

export const GET = withError("accounts/all", async () => {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (!isAdmin({ email: session.user.email })) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // every tenant's accounts: the operators look across all of them
  // ok: unscoped-tenant-query
  const accounts = await prisma.emailAccount.findMany({ select: { id: true, email: true, userId: true } });
  return NextResponse.json(accounts);
});
