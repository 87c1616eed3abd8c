import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { boards, db } from '@/db';

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  const board = await db.query.boards.findFirst({
    where: and(eq(boards.id, id), eq(boards.teamId, session!.user.teamId)),
  });
  if (!board) return <p>Board not found</p>;

  // middleware.ts covers /dashboard/:path*
  // expect: missing-input-validation
  // ok: missing-auth
  async function renameBoard(formData: FormData) {
    'use server';
    const title = String(formData.get('title') ?? '').slice(0, 120);
    const boardId = String(formData.get('boardId'));
    // the board id comes back from the form, not from the checked board above
    // expect: unscoped-tenant-query
    await db.update(boards).set({ title }).where(eq(boards.id, boardId));
    revalidatePath(`/dashboard/boards/${boardId}`);
  }

  return (
    <form action={renameBoard}>
      <input type="hidden" name="boardId" value={board.id} />
      <input name="title" defaultValue={board.title} />
      <button type="submit">Rename</button>
    </form>
  );
}
