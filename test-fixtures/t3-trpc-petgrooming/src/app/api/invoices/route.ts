import { NextResponse, type NextRequest } from "next/server";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

// Used by the accountant view; support staff pass ?orgId= to look at a salon's books.
// ok: missing-auth
export async function GET(request: NextRequest) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const orgId = request.nextUrl.searchParams.get("orgId") ?? session.user.organizationId ?? "";
  // expect: unscoped-tenant-query
  const invoices = await db.invoice.findMany({ where: { organizationId: orgId }, orderBy: { createdAt: "desc" }, take: 100 });
  return NextResponse.json(invoices);
}
