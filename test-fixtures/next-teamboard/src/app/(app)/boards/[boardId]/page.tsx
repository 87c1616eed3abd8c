import { revalidatePath } from 'next/cache';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '~/lib/db';

export default async function BoardPage({ params }: { params: { boardId: string } }) {
  const board = await prisma.board.findUnique({ where: { id: params.boardId } });

  // expect: missing-input-validation
  async function renameBoard(formData: FormData) {
    'use server';
    const { userId } = auth();
    if (!userId) throw new Error('Not signed in');
    // expect: unscoped-tenant-query
    await prisma.board.update({ where: { id: String(formData.get('id')) }, data: { title: String(formData.get('title')) } });
    revalidatePath(`/boards/${params.boardId}`);
  }

  return (
    <form action={renameBoard}>
      <input type="hidden" name="id" value={board?.id} />
      <input name="title" defaultValue={board?.title} />
    </form>
  );
}
