import type { H3Event } from 'h3';
import type { MemberRole } from '@prisma/client';

/**
 * Signed-in caller who is a member of the workspace; optionally with one of `roles`.
 * Non-members get a 404 so workspace ids cannot be probed.
 */
export async function requireWorkspaceMember(event: H3Event, workspaceId: string, roles?: MemberRole[]) {
  const { user } = await requireUserSession(event);
  // ok: unscoped-tenant-query
  const member = await prisma.workspaceMember.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
  });
  if (!member) throw createError({ statusCode: 404, statusMessage: 'Workspace not found' });
  if (roles && !roles.includes(member.role)) {
    throw createError({ statusCode: 403, statusMessage: 'Insufficient role' });
  }
  return { user, member };
}
