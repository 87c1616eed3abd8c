import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries } from '@/db/schema';
import { validateRequest } from '@/lib/auth';

type Ctx = { params: { id: string } };

export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const entry = await db.query.timeEntries.findFirst({
    where: and(eq(timeEntries.id, params.id), eq(timeEntries.teamId, user.teamId)),
  });
  if (!entry) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(entry);
}

// expect: missing-input-validation
export async function PATCH(request: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const body = await request.json();
  // expect: unscoped-tenant-query
  const [updated] = await db
    .update(timeEntries)
    .set({ minutes: body.minutes, note: body.note })
    .where(eq(timeEntries.id, params.id))
    .returning();
  return NextResponse.json(updated);
}

export async function DELETE(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const existing = await db.query.timeEntries.findFirst({ where: eq(timeEntries.id, params.id) });
  if (!existing || existing.teamId !== user.teamId) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  if (existing.status === 'locked') return NextResponse.json({ error: 'locked' }, { status: 409 });
  // ok: unscoped-tenant-query
  await db.delete(timeEntries).where(eq(timeEntries.id, existing.id));
  return new NextResponse(null, { status: 204 });
}
