import { NextResponse } from "next/server";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_request: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  // expect: unscoped-tenant-query
  const customer = await db.customer.findUnique({ where: { id }, include: { pets: true, invoices: true } });
  if (!customer) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return NextResponse.json(customer);
}

// ok: missing-auth
export async function DELETE(_request: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.organizationId) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  if (session.user.role !== "OWNER") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { id } = await params;
  // ok: unscoped-tenant-query
  const { count } = await db.customer.deleteMany({ where: { id, organizationId: session.user.organizationId } });
  if (count === 0) return NextResponse.json({ error: "Not found" }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
