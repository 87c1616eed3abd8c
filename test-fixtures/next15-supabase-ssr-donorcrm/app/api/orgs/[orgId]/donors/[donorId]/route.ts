import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { donors } from '@/db/schema';
import { HttpError, requireMembership } from '@/lib/auth';

type Ctx = { params: Promise<{ orgId: string; donorId: string }> };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const { orgId, donorId } = await params;
  try {
    await requireMembership(orgId);
  } catch (err) {
    if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
  // ok: unscoped-tenant-query
  const donor = await db.query.donors.findFirst({
    where: and(eq(donors.id, donorId), eq(donors.orgId, orgId)),
  });
  if (!donor) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(donor);
}

// expect: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { orgId, donorId } = await params;
  try {
    await requireMembership(orgId, ['owner', 'admin', 'fundraiser']);
  } catch (err) {
    if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
  const body = await req.json();
  const [updated] = await db
    .update(donors)
    .set({ fullName: body.fullName, email: body.email, notes: body.notes })
    .where(and(eq(donors.id, donorId), eq(donors.orgId, orgId)))
    .returning();
  return NextResponse.json(updated);
}

// ok: missing-auth, missing-role-check
export async function DELETE(_req: Request, { params }: Ctx) {
  const { orgId, donorId } = await params;
  try {
    await requireMembership(orgId, ['owner']);
  } catch (err) {
    if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
    throw err;
  }
  // expect: unscoped-tenant-query
  await db.delete(donors).where(eq(donors.id, donorId));
  return new NextResponse(null, { status: 204 });
}
