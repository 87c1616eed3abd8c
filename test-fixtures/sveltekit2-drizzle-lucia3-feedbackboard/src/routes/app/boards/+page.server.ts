import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { boards, db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const NewBoard = z.object({ name: z.string().min(2).max(60), isPublic: z.coerce.boolean().default(false) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  return {
    // ok: unscoped-tenant-query
    boards: await db.select().from(boards).where(eq(boards.workspaceId, locals.user!.workspaceId)),
  };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals }) => {
    const parsed = NewBoard.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    await db.insert(boards).values({ id: generateIdFromEntropySize(10), workspaceId: locals.user!.workspaceId, ...parsed.data });
    return { created: true };
  },

  // ok: missing-auth
  rename: async ({ request, locals }) => {
    const form = await request.formData();
    const id = String(form.get('id'));
    const name = NewBoard.shape.name.parse(form.get('name'));
    // ok: unscoped-tenant-query
    await db.update(boards).set({ name }).where(and(eq(boards.id, id), eq(boards.workspaceId, locals.user!.workspaceId)));
    return { renamed: true };
  },
};
