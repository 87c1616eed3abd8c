import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { attachments, boards, db, posts, workspaces } from '$lib/server/db';
import { storeFile } from '$lib/server/storage';
import type { Actions, PageServerLoad } from './$types';

const MAX_SCREENSHOT = 4 * 1024 * 1024;
const SCREENSHOT_TYPES = ['image/png', 'image/jpeg'];
const Idea = z.object({ boardId: z.string(), title: z.string().min(3).max(140), body: z.string().max(5000).default('') });

// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const [ws] = await db.select({ id: workspaces.id, name: workspaces.name }).from(workspaces).where(eq(workspaces.slug, params.slug));
  if (!ws) error(404);
  // ok: unscoped-tenant-query
  const open = await db.select({ id: boards.id, name: boards.name }).from(boards).where(and(eq(boards.workspaceId, ws.id), eq(boards.isPublic, true)));
  return { workspace: ws, boards: open };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async ({ request, params, locals }) => {
    if (!locals.user) throw redirect(303, `/login?next=/portal/${params.slug}/submit`);
    // ok: unrestricted-upload
    const form = await request.formData();
    const parsed = Idea.safeParse({ boardId: form.get('boardId'), title: form.get('title'), body: form.get('body') ?? '' });
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const screenshots = form.getAll('screenshots').filter((f): f is File => f instanceof File && f.size > 0);
    for (const file of screenshots) {
      if (file.size > MAX_SCREENSHOT || !SCREENSHOT_TYPES.includes(file.type)) return fail(400, { message: 'Screenshots must be PNG or JPEG under 4 MB' });
    }
    // ok: unscoped-tenant-query
    const [board] = await db.select().from(boards).where(and(eq(boards.id, parsed.data.boardId), eq(boards.workspaceId, locals.user.workspaceId), eq(boards.isPublic, true)));
    if (!board) return fail(404, { message: 'Unknown board' });
    const postId = generateIdFromEntropySize(10);
    await db.insert(posts).values({ id: postId, workspaceId: board.workspaceId, boardId: board.id, authorId: locals.user.id, title: parsed.data.title, body: parsed.data.body });
    for (const file of screenshots) {
      const storageKey = await storeFile(`${board.workspaceId}/${postId}/${generateIdFromEntropySize(8)}`, file);
      await db.insert(attachments).values({ id: generateIdFromEntropySize(10), workspaceId: board.workspaceId, postId, fileName: 'screenshot', contentType: file.type, sizeBytes: file.size, storageKey });
    }
    redirect(303, `/portal/${params.slug}`);
  },
};
