import { auth } from '@clerk/nextjs/server';
import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/prisma';

export default async function BoardPage({ params }: { params: { boardId: string } }) {
  const { orgId } = auth();
  if (!orgId) notFound();
  const board = await prisma.board.findFirst({ where: { id: params.boardId, orgId }, include: { posts: true } });
  if (!board) notFound();

  // expect: missing-auth, missing-input-validation
  async function renameBoard(formData: FormData) {
    'use server';
    await prisma.board.update({ where: { id: params.boardId }, data: { name: String(formData.get('name') ?? '') } });
    revalidatePath(`/boards/${params.boardId}`);
  }

  return (
    <main>
      <form action={renameBoard}>
        <input name="name" defaultValue={board.name} maxLength={80} />
        <button type="submit">Rename</button>
      </form>
      <ul>
        {board.posts.map((p) => (
          <li key={p.id}>
            {p.title} ({p.voteCount})
          </li>
        ))}
      </ul>
    </main>
  );
}
