import { NextRequest, NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { boards, db } from '@/db';

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth
export async function GET(_req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({
    where: and(eq(boards.id, id), eq(boards.teamId, session.user.teamId)),
    with: { cards: true },
  });
  if (!board) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(board);
}

// expect: missing-input-validation
export async function PATCH(req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const body = await req.json();
  // expect: unscoped-tenant-query
  const [updated] = await db
    .update(boards)
    .set({ title: body.title, archived: body.archived, isPublic: body.isPublic })
    .where(eq(boards.id, id))
    .returning();
  return NextResponse.json(updated);
}

// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: Ctx) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({ where: eq(boards.id, id) });
  if (!board || board.teamId !== session.user.teamId) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  // ok: unscoped-tenant-query
  await db.delete(boards).where(eq(boards.id, board.id));
  return new NextResponse(null, { status: 204 });
}
