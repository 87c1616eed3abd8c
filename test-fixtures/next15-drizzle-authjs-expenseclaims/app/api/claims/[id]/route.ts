import { NextRequest, NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { id } = await params;
  // ok: unscoped-tenant-query
  const claim = await db.query.claims.findFirst({
    where: and(eq(claims.id, id), eq(claims.orgId, user.orgId)),
    with: { receipts: true, comments: true },
  });
  if (!claim) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(claim);
}

// expect: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { id } = await params;
  const body = await req.json();
  // expect: unscoped-tenant-query
  const [updated] = await db
    .update(claims)
    .set({ title: body.title, amountCents: body.amountCents, notes: body.notes })
    .where(eq(claims.id, id))
    .returning();
  return NextResponse.json(updated);
}

// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const { id } = await params;
  // ok: unscoped-tenant-query
  const claim = await db.query.claims.findFirst({ where: eq(claims.id, id) });
  if (!claim || claim.orgId !== user.orgId) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  if (claim.status !== 'draft') return NextResponse.json({ error: 'Only drafts can be deleted' }, { status: 409 });
  // ok: unscoped-tenant-query
  await db.delete(claims).where(eq(claims.id, claim.id));
  return new NextResponse(null, { status: 204 });
}
