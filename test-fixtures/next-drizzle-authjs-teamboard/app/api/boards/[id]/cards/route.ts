import { NextResponse } from 'next/server';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { boards, cards, db } from '@/db';

// Next 14 style: params is a plain object here

// middleware.ts covers /api/boards/:path*
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(cards).where(eq(cards.boardId, params.id)).orderBy(asc(cards.position));
  return NextResponse.json(rows);
}

const NewCard = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(10_000).optional(),
  columnId: z.enum(['todo', 'doing', 'done']).default('todo'),
});

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: { id: string } }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({
    where: and(eq(boards.id, params.id), eq(boards.teamId, session.user.teamId)),
  });
  if (!board) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const input = NewCard.parse(await req.json());
  const [card] = await db.insert(cards).values({ ...input, boardId: board.id, teamId: board.teamId }).returning();
  return NextResponse.json(card, { status: 201 });
}
