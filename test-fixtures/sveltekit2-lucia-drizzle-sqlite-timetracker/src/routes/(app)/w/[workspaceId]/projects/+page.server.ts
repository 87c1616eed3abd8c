import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { projects } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

const ProjectForm = z.object({
  name: z.string().trim().min(1).max(120),
  hourlyRateCents: z.coerce.number().int().min(0).optional(),
});

export const load: PageServerLoad = async ({ locals, params }) => {
  if (!locals.user) redirect(302, '/login');
  const membership = await requireMember(locals.user.id, params.workspaceId);
  // ok: unscoped-tenant-query
  const list = await db.select().from(projects).where(eq(projects.workspaceId, params.workspaceId));
  return { projects: list, role: membership.role };
};

export const actions: Actions = {
  // ok: missing-input-validation
  create: async ({ locals, params, request }) => {
    if (!locals.user) error(401);
    await requireMember(locals.user.id, params.workspaceId);
    const parsed = ProjectForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    // ok: unscoped-tenant-query
    await db.insert(projects).values({ id: crypto.randomUUID(), workspaceId: params.workspaceId, ...parsed.data });
  },

  archive: async ({ locals, params, request }) => {
    if (!locals.user) error(401);
    await requireMember(locals.user.id, params.workspaceId);
    const form = await request.formData();
    const projectId = String(form.get('projectId'));
    // expect: unscoped-tenant-query
    await db.update(projects).set({ archived: true }).where(eq(projects.id, projectId));
  },

  rename: async ({ locals, params, request }) => {
    if (!locals.user) error(401);
    await requireMember(locals.user.id, params.workspaceId);
    const form = await request.formData();
    const name = z.string().trim().min(1).max(120).parse(form.get('name'));
    // ok: unscoped-tenant-query
    await db
      .update(projects)
      .set({ name })
      .where(and(eq(projects.id, String(form.get('projectId'))), eq(projects.workspaceId, params.workspaceId)));
  },
};
