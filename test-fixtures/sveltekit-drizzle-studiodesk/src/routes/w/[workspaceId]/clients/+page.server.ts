import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { clients } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const ClientForm = z.object({
  name: z.string().min(1).max(160),
  email: z.string().email().optional().or(z.literal('')),
  phone: z.string().max(40).optional(),
});

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  await requireMember(locals, params.workspaceId);
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(clients)
    .where(and(eq(clients.workspaceId, params.workspaceId), eq(clients.archived, false)));
  return { clients: rows };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ locals, params, request }) => {
    await requireMember(locals, params.workspaceId);
    const parsed = ClientForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    await db.insert(clients).values({ id: crypto.randomUUID(), workspaceId: params.workspaceId, ...parsed.data });
    return { created: true };
  },
};
