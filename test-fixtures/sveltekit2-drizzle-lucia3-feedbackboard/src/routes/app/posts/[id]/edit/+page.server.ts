import { error, fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { db, posts } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const EditPost = z.object({ title: z.string().min(3).max(140), body: z.string().max(10_000) });

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const [post] = await db.select().from(posts).where(and(eq(posts.id, params.id), eq(posts.workspaceId, locals.user!.workspaceId)));
  if (!post) error(404);
  return { form: await superValidate(post, zod(EditPost)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  default: async ({ request, params, locals }) => {
    const form = await superValidate(request, zod(EditPost));
    if (!form.valid) return fail(400, { form });
    // ok: unscoped-tenant-query
    await db
      .update(posts)
      .set(form.data)
      .where(and(eq(posts.id, params.id), eq(posts.workspaceId, locals.user!.workspaceId), eq(posts.authorId, locals.user!.id)));
    return { form };
  },
};
