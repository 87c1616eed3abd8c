import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const NewTask = z.object({ title: z.string().min(1).max(200) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(302, '/login');
  // ok: unscoped-tenant-query
  const tasks = await prisma.task.findMany({ where: { workspaceId: locals.user.workspaceId } });
  return { tasks };
};

export const actions: Actions = {
  // ok: missing-auth
  create: async ({ request, locals }) => {
    if (!locals.user) error(401, 'Sign in first');
    const parsed = NewTask.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { invalid: true });
    await prisma.task.create({ data: { title: parsed.data.title, workspaceId: locals.user.workspaceId } });
  },
  // expect: missing-auth
  clear: async ({ request }) => {
    const workspaceId = String((await request.formData()).get('workspaceId'));
    await prisma.task.deleteMany({ where: { workspaceId, done: true } });
  },
};
