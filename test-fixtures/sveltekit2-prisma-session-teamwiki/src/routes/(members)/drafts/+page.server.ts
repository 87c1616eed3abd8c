import { error, fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const draftSchema = z.object({ title: z.string().min(1), body: z.string() });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const drafts = await prisma.draft.findMany({ where: { authorId: locals.user.id } });
  return { drafts, form: await superValidate(zod(draftSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals }) => {
    if (!locals.user) error(401, 'Sign in first');
    const form = await superValidate(request, zod(draftSchema));
    if (!form.valid) return fail(400, { form });
    await prisma.draft.create({
      data: { ...form.data, teamId: locals.user.teamId, authorId: locals.user.id },
    });
    return { form };
  },

  // The layout's redirect does not run before a form action.
  // expect: missing-auth, missing-input-validation
  publish: async ({ request }) => {
    const data = await request.formData();
    const id = String(data.get('id'));
    const draft = await prisma.draft.update({ where: { id }, data: { published: true } });
    await prisma.page.create({
      data: { slug: String(data.get('slug')), title: draft.title, body: draft.body, teamId: draft.teamId, authorId: draft.authorId },
    });
    return { published: true };
  },
};
