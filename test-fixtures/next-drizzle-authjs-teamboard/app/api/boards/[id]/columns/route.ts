import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { db } from '@/db';

// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // relational query with the callback form of where
  // expect: unscoped-tenant-query
  const rows = await db.query.cards.findMany({
    where: (c, { eq }) => eq(c.boardId, id),
    columns: { columnId: true, id: true },
  });
  // ok: unscoped-tenant-query
  const mine = await db.query.cards.findMany({
    where: (c, { and, eq }) => and(eq(c.boardId, id), eq(c.teamId, session.user.teamId)),
    columns: { columnId: true },
  });
  return NextResponse.json({ all: rows.length, visible: mine.length });
}
