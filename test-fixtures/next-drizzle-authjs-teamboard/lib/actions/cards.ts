'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { boards, cards, db } from '@/db';
import { requireSession } from '@/lib/session';

const CardForm = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(10_000).optional(),
});

// ok: missing-auth, missing-input-validation
export async function createCard(boardId: string, formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');
  const input = CardForm.parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  const board = await db.query.boards.findFirst({
    where: and(eq(boards.id, boardId), eq(boards.teamId, session.user.teamId)),
  });
  if (!board) throw new Error('Board not found');
  await db.insert(cards).values({ ...input, boardId: board.id, teamId: board.teamId });
  revalidatePath(`/dashboard/boards/${board.id}`);
}

// drag and drop between columns
// expect: missing-input-validation
// ok: missing-auth
export async function moveCard(cardId: string, columnId: string, position: number) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');
  // expect: unscoped-tenant-query
  await db.update(cards).set({ columnId, position }).where(eq(cards.id, cardId));
  revalidatePath('/dashboard');
}

// ok: missing-auth, missing-input-validation
export async function archiveCard(cardId: string) {
  const session = await requireSession();
  // ok: unscoped-tenant-query
  await db
    .update(cards)
    .set({ archived: true })
    .where(and(eq(cards.id, cardId), eq(cards.teamId, session.user.teamId)));
  revalidatePath('/dashboard');
}

// expect: missing-auth
export async function deleteCard(cardId: string) {
  await db.delete(cards).where(eq(cards.id, cardId));
  revalidatePath('/dashboard');
}
