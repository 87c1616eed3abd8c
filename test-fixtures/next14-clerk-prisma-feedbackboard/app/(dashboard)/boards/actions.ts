'use server';

import { auth } from '@clerk/nextjs/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma } from '@/lib/prisma';
import { requireOrg } from '@/lib/auth';
import { createPostSchema, updatePostSchema } from '@/lib/validation';

// ok: missing-auth, missing-input-validation
export async function createPost(formData: FormData) {
  const { orgId, userId } = requireOrg();
  const input = createPostSchema.parse({
    boardId: formData.get('boardId'),
    title: formData.get('title'),
    body: formData.get('body'),
  });
  // ok: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: input.boardId, orgId } });
  if (!board) throw new Error('Board not found');
  const post = await prisma.post.create({ data: { ...input, orgId, authorId: userId } });
  revalidatePath(`/boards/${board.id}`);
  redirect(`/boards/${board.id}/posts/${post.id}`);
}

// ok: missing-auth
export async function deleteBoard(boardId: string) {
  const { orgId, has } = auth();
  if (!orgId || !has({ role: 'org:admin' })) throw new Error('Forbidden');
  // expect: unscoped-tenant-query
  await prisma.board.delete({ where: { id: boardId } });
  revalidatePath('/boards');
}

// expect: missing-auth, missing-input-validation
export async function updateBoardSettings(boardId: string, settings: { name?: string; color?: string; isPublic?: boolean }) {
  await prisma.board.update({ where: { id: boardId }, data: settings });
  revalidatePath(`/boards/${boardId}`);
}

// ok: missing-auth
export async function mergePosts(sourceId: string, targetId: string) {
  const { orgId } = requireOrg();
  // ok: unscoped-tenant-query
  const posts = await prisma.post.findMany({ where: { id: { in: [sourceId, targetId] }, orgId } });
  if (posts.length !== 2) throw new Error('Posts not found');
  await prisma.$transaction([
    prisma.vote.updateMany({ where: { postId: sourceId }, data: { postId: targetId } }),
    prisma.post.update({ where: { id: sourceId }, data: { status: 'closed' } }),
  ]);
  revalidatePath('/boards');
}

// ok: missing-auth, missing-input-validation
export async function setPostStatus(postId: string, status: string) {
  const { orgId } = requireOrg();
  try {
    const data = updatePostSchema.parse({ status });
    // ok: unscoped-tenant-query
    const { count } = await prisma.post.updateMany({ where: { id: postId, orgId }, data });
    if (!count) return { error: 'Post not found' };
    revalidatePath('/boards');
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}
