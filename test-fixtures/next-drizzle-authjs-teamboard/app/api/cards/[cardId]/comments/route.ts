import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { boards, cards, db } from '@/db';
import { and, eq } from 'drizzle-orm';

// Auth.js v5 wrapper: it only hands req.auth to the handler
// expect: missing-auth
export const GET = auth(async (req, { params }) => {
  const { cardId } = await (params as Promise<{ cardId: string }>);
  const rows = await db.query.cards.findFirst({
    where: (c, { eq }) => eq(c.id, cardId),
    columns: { id: true, title: true, body: true },
  });
  return NextResponse.json(rows ?? null);
});

// ok: missing-auth
export const POST = auth(async (req, { params }) => {
  if (!req.auth?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { cardId } = await (params as Promise<{ cardId: string }>);
  // scoped through the board's team
  // ok: unscoped-tenant-query
  const [row] = await db
    .select({ id: cards.id, title: cards.title })
    .from(cards)
    .innerJoin(boards, eq(boards.id, cards.boardId))
    .where(and(eq(cards.id, cardId), eq(boards.teamId, req.auth.user.teamId)));
  if (!row) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(row);
});
