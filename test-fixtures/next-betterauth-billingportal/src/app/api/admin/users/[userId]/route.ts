import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, user } from '@/db';
import { requireUser, requireAdmin } from '@/lib/session';

// ok: missing-role-check
export async function GET(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  await requireAdmin();
  const { userId } = await params;
  const row = await db.query.user.findFirst({ where: eq(user.id, userId) });
  return row ? NextResponse.json(row) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}

// expect: missing-role-check
export async function DELETE(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  await requireUser();
  const { userId } = await params;
  // expect: unscoped-tenant-query
  await db.delete(user).where(eq(user.id, userId));
  return new NextResponse(null, { status: 204 });
}
