import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users, workspaceMembers } from '$lib/server/db/schema';
import { requireMember, requireWorkspaceAdmin } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const RoleForm = z.object({ userId: z.string().min(1), role: z.enum(['owner', 'admin', 'member']) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  await requireMember(locals, params.workspaceId);
  // ok: unscoped-tenant-query
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, params.workspaceId));
  return { members };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-role-check
  changeRole: async ({ locals, params, request }) => {
    await requireMember(locals, params.workspaceId);
    const parsed = RoleForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid role' });
    // ok: unscoped-tenant-query
    await db
      .update(workspaceMembers)
      .set({ role: parsed.data.role })
      .where(and(eq(workspaceMembers.workspaceId, params.workspaceId), eq(workspaceMembers.userId, parsed.data.userId)));
    return { updated: true };
  },

  // ok: missing-auth, missing-role-check
  remove: async ({ locals, params, request }) => {
    const { user, membership } = await requireMember(locals, params.workspaceId);
    requireWorkspaceAdmin(membership);
    const userId = String((await request.formData()).get('userId') ?? '');
    if (userId === user.id) return fail(400, { message: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    await db
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, params.workspaceId), eq(workspaceMembers.userId, userId)));
    return { removed: true };
  },
};
