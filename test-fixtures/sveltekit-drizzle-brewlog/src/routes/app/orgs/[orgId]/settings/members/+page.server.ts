import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { db, memberships, users, invitations, organizations } from '$lib/server/db';
import { requireMembership } from '$lib/server/guards';
import { signInvite } from '$lib/server/invites';
import { sendMail } from '$lib/server/mail';
import { inviteSchema, roleSchema } from '$lib/schemas';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  const me = await requireMembership(locals.user!.id, params.orgId);
  // ok: unscoped-tenant-query
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, params.orgId));
  return { members, myRole: me.role, inviteForm: await superValidate(zod(inviteSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation, unscoped-tenant-query
  changeRole: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId, ['owner']);
    const form = await superValidate(request, zod(roleSchema));
    if (!form.valid) return fail(400, { form });
    await db
      .update(memberships)
      .set({ role: form.data.role })
      .where(and(eq(memberships.orgId, params.orgId), eq(memberships.userId, form.data.userId)));
    return { form };
  },

  // expect: missing-role-check
  // ok: missing-auth, missing-input-validation, unscoped-tenant-query
  removeMember: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId);
    const userId = String((await request.formData()).get('userId'));
    if (userId === locals.user!.id) return fail(400, { error: 'Use "leave brewery" to remove yourself' });
    await db.delete(memberships).where(and(eq(memberships.orgId, params.orgId), eq(memberships.userId, userId)));
    return { removed: userId };
  },

  // expect: missing-rate-limit
  // ok: missing-auth, missing-role-check, missing-input-validation
  invite: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId, ['owner']);
    const form = await superValidate(request, zod(inviteSchema));
    if (!form.valid) return fail(400, { form });
    await db.insert(invitations).values({
      id: crypto.randomUUID(),
      orgId: params.orgId,
      email: form.data.email,
      role: form.data.role,
      invitedBy: locals.user!.id,
    });
    const org = await db.query.organizations.findFirst({ where: eq(organizations.id, params.orgId) });
    const token = signInvite(params.orgId, form.data.email, form.data.role);
    await sendMail(form.data.email, `Join ${org?.name} on BrewLog`, `Accept: https://brewlog.example/invite/${token}`);
    return { form };
  },
};
