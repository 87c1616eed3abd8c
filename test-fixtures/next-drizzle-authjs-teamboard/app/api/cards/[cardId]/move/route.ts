import { NextResponse } from 'next/server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { cards, db } from '@/db';

const Move = z.object({ columnId: z.enum(['todo', 'doing', 'done']), position: z.number().int().min(0) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { columnId, position } = Move.parse(await req.json());

  await db.transaction(async (tx) => {
    // ok: unscoped-tenant-query
    const card = await tx.query.cards.findFirst({ where: and(eq(cards.id, cardId), eq(cards.teamId, session.user.teamId)) });
    if (!card) throw new Error('not found');
    // shifts the other cards of the column down, then places this one
    // ok: unscoped-tenant-query
    await tx
      .update(cards)
      .set({ position: sql`${cards.position} + 1` })
      .where(and(eq(cards.boardId, card.boardId), eq(cards.columnId, columnId), eq(cards.teamId, card.teamId)));
    // ok: unscoped-tenant-query
    await tx.update(cards).set({ columnId, position }).where(eq(cards.id, card.id));
  });
  return NextResponse.json({ ok: true });
}
