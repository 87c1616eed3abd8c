import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const renameSchema = z.object({ title: z.string().min(1).max(200) });

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const page = await prisma.page.findFirst({
    where: { slug: params.slug, teamId: locals.user!.teamId },
  });
  if (!page) error(404, 'Page not found');
  return { page };
};

export const actions: Actions = {
  // expect: missing-input-validation
  save: async ({ request, locals }) => {
    const form = await request.formData();
    const id = String(form.get('id'));
    // expect: unscoped-tenant-query
    await prisma.page.update({
      where: { id },
      data: { body: String(form.get('body')), authorId: locals.user!.id },
    });
    return { saved: true };
  },

  rename: async ({ request, params, locals }) => {
    const parsed = renameSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { error: 'Invalid title' });
    // ok: unscoped-tenant-query
    await prisma.page.updateMany({
      where: { slug: params.slug, teamId: locals.user!.teamId },
      data: { title: parsed.data.title },
    });
    return { renamed: true };
  },

  delete: async ({ params, locals }) => {
    const page = await prisma.page.findFirst({
      where: { slug: params.slug, teamId: locals.user!.teamId },
    });
    if (!page) error(404, 'Page not found');
    // ok: unscoped-tenant-query
    await prisma.page.delete({ where: { id: page.id } });
    return { deleted: true };
  },
};
