import { error, fail } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { boards, db, posts } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  const [board] = await db
    .select()
    .from(boards)
    .where(and(eq(boards.id, params.boardId), eq(boards.workspaceId, locals.user!.workspaceId)));
  if (!board) error(404, 'Board not found');
  return {
    board,
    // ok: unscoped-tenant-query
    posts: await db.select().from(posts).where(eq(posts.boardId, board.id)).orderBy(desc(posts.votes)),
  };
};

export const actions: Actions = {
  // expect: missing-input-validation
  addPost: async ({ request, params, locals }) => {
    const form = await request.formData();
    const title = form.get('title') as string;
    const body = (form.get('body') as string) ?? '';
    if (!title) return fail(400, { message: 'Title is required' });
    // ok: unscoped-tenant-query
    const [board] = await db.select().from(boards).where(and(eq(boards.id, params.boardId), eq(boards.workspaceId, locals.user!.workspaceId)));
    if (!board) error(404);
    await db.insert(posts).values({
      id: generateIdFromEntropySize(10),
      workspaceId: board.workspaceId,
      boardId: board.id,
      authorId: locals.user!.id,
      title,
      body,
    });
    return { added: true };
  },

  deletePost: async ({ request, locals }) => {
    const id = String((await request.formData()).get('postId'));
    // ok: unscoped-tenant-query
    const [post] = await db.select().from(posts).where(eq(posts.id, id));
    if (!post || post.workspaceId !== locals.user!.workspaceId) error(404);
    if (post.authorId !== locals.user!.id && locals.user!.role !== 'admin') error(403, 'Not your post');
    await db.delete(posts).where(eq(posts.id, post.id));
    return { deleted: true };
  },

  // ok: missing-input-validation, missing-role-check
  setStatus: async ({ request }) => {
    const form = await request.formData();
    const status = String(form.get('status'));
    if (!['open', 'planned', 'in_progress', 'done'].includes(status)) return fail(400);
    // expect: unscoped-tenant-query
    await db.update(posts).set({ status }).where(eq(posts.id, String(form.get('postId'))));
    return { updated: true };
  },
};
