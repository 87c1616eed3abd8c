import { error, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { workspaceMembers } from './db/schema';

export function requireUser(locals: App.Locals) {
  if (!locals.user) redirect(302, '/login');
  return locals.user;
}

/** The caller's membership of a workspace, or a 404 when they are not in it. */
export async function requireMember(locals: App.Locals, workspaceId: string) {
  const user = requireUser(locals);
  const [membership] = await db
    .select()
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, user.id)));
  if (!membership) error(404, 'Workspace not found');
  return { user, membership };
}

export function requireWorkspaceAdmin(membership: { role: string }) {
  if (membership.role !== 'owner' && membership.role !== 'admin') error(403, 'Only workspace admins can do that');
}
