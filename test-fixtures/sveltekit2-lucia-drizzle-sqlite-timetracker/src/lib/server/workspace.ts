import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { workspaceMembers } from './db/schema';

/** Throws 404 unless the user belongs to the workspace; returns the membership. */
export async function requireMember(userId: string, workspaceId: string) {
  const [membership] = await db
    .select()
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)))
    .limit(1);
  if (!membership) error(404, 'Workspace not found');
  return membership;
}
