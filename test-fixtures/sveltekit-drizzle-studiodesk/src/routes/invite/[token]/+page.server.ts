import { error, redirect } from '@sveltejs/kit';
import jwt from 'jsonwebtoken';
import { db } from '$lib/server/db';
import { workspaceMembers } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// expect: insecure-jwt
const INVITE_SECRET = 'studiodesk-invites';

type InviteClaims = { workspaceId: string; email: string; role: 'admin' | 'member' };

function readInvite(token: string): InviteClaims {
  try {
    return jwt.verify(token, INVITE_SECRET, { algorithms: ['HS256'] }) as InviteClaims;
  } catch {
    error(400, 'This invite link is invalid or has expired');
  }
}

// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const invite = readInvite(params.token);
  return { email: invite.email };
};

export const actions: Actions = {
  // ok: missing-auth, unscoped-tenant-query
  accept: async ({ locals, params }) => {
    const user = requireUser(locals);
    const invite = readInvite(params.token);
    if (invite.email.toLowerCase() !== user.email.toLowerCase()) error(403, 'This invite is for another email address');
    await db.insert(workspaceMembers).values({ workspaceId: invite.workspaceId, userId: user.id, role: invite.role }).onConflictDoNothing();
    redirect(303, `/w/${invite.workspaceId}/clients`);
  },
};
