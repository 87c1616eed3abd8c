import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, workspaces } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const Rename = z.object({ name: z.string().min(2).max(60) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, locals.user!.workspaceId));
  return { workspace };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation
  rename: async ({ request, locals }) => {
    const parsed = Rename.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid name' });
    await db.update(workspaces).set({ name: parsed.data.name }).where(eq(workspaces.id, locals.user!.workspaceId));
    return { saved: true };
  },
};
