import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { cards, db } from '@/db';
import { requireSession, toResponse } from '@/lib/session';

// outside the middleware matcher, and no session check
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const card = await db.query.cards.findFirst({ where: eq(cards.id, cardId) });
  if (!card) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(card);
}

const UpdateCard = z.object({
  title: z.string().min(1).max(200).optional(),
  body: z.string().max(10_000).optional(),
  assigneeId: z.string().uuid().nullable().optional(),
});

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ cardId: string }> }) {
  try {
    const { cardId } = await params;
    const session = await requireSession();
    const data = UpdateCard.parse(await req.json());
    // ok: unscoped-tenant-query
    const [card] = await db
      .update(cards)
      .set(data)
      .where(and(eq(cards.id, cardId), eq(cards.teamId, session.user.teamId)))
      .returning();
    if (!card) return NextResponse.json({ error: 'not found' }, { status: 404 });
    return NextResponse.json(card);
  } catch (err) {
    return toResponse(err);
  }
}
