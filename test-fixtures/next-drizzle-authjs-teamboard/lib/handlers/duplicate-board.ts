import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { boards, cards, db } from '@/db';

export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const source = await db.query.boards.findFirst({ where: eq(boards.id, id) });
  if (!source) return NextResponse.json({ error: 'not found' }, { status: 404 });
  const [copy] = await db
    .insert(boards)
    .values({ teamId: session.user.teamId, title: `${source.title} (copy)`, slug: `${source.slug}-copy`, createdBy: session.user.id })
    .returning();
  // ok: unscoped-tenant-query
  const sourceCards = await db.select().from(cards).where(eq(cards.boardId, source.id));
  if (sourceCards.length) {
    await db.insert(cards).values(sourceCards.map(({ id: _id, ...c }) => ({ ...c, boardId: copy.id, teamId: copy.teamId })));
  }
  return NextResponse.json(copy, { status: 201 });
}
