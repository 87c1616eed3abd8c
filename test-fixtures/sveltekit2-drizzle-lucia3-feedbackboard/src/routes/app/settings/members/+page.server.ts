import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { db, invitations, users } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  return {
    // ok: unscoped-tenant-query
    members: await db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.workspaceId, locals.user!.workspaceId)),
  };
};

export const actions: Actions = {
  // expect: missing-role-check
  changeRole: async ({ request, locals }) => {
    const form = await request.formData();
    const role = form.get('role');
    if (role !== 'member' && role !== 'admin') return fail(400, { message: 'Unknown role' });
    await db
      .update(users)
      .set({ role })
      .where(and(eq(users.id, String(form.get('userId'))), eq(users.workspaceId, locals.user!.workspaceId)));
    return { saved: true };
  },

  // ok: missing-role-check
  remove: async (event) => {
    const admin = requireAdmin(event);
    const userId = String((await event.request.formData()).get('userId'));
    if (userId === admin.id) return fail(400, { message: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, userId), eq(users.workspaceId, admin.workspaceId)));
    return { removed: true };
  },

  // ok: missing-role-check, missing-input-validation
  // expect: missing-rate-limit
  inviteMember: async (event) => {
    const admin = requireAdmin(event);
    const form = await event.request.formData();
    const email = z.string().email().parse(form.get('email'));
    await db.insert(invitations).values({ id: generateIdFromEntropySize(10), workspaceId: admin.workspaceId, email, invitedBy: admin.id });
    return { invited: email };
  },
};
