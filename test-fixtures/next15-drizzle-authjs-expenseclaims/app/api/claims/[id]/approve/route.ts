import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';
import { getSessionUser, unauthorized } from '@/lib/session';

// ok: missing-auth, missing-input-validation, missing-role-check
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  if (user.role === 'member') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const { id } = await params;
  // ok: unscoped-tenant-query
  const [claim] = await db
    .update(claims)
    .set({ status: 'approved' })
    .where(and(eq(claims.id, id), eq(claims.orgId, user.orgId), eq(claims.status, 'submitted')))
    .returning();
  if (!claim) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(claim);
}
