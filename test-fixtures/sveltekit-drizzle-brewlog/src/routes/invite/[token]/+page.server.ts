import { error, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, organizations, memberships } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import { verifyInvite } from '$lib/server/invites';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  let invite;
  try {
    invite = verifyInvite(event.params.token);
  } catch {
    error(400, 'This invitation link is invalid or has expired');
  }
  // ok: unscoped-tenant-query
  const org = await db.query.organizations.findFirst({ where: eq(organizations.id, invite.orgId) });
  return { orgName: org?.name ?? 'a brewery', role: invite.role, email: user.email };
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  accept: async (event) => {
    const user = requireUser(event);
    const invite = verifyInvite(event.params.token);
    if (invite.email.toLowerCase() !== user.email.toLowerCase()) error(403, 'This invitation is for another account');
    // ok: unscoped-tenant-query
    await db.insert(memberships).values({ orgId: invite.orgId, userId: user.id, role: invite.role }).onConflictDoNothing();
    redirect(303, `/app/orgs/${invite.orgId}/batches`);
  },
};
