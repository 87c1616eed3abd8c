import { and, eq } from 'drizzle-orm';
import { db, memberships } from '../db';

export async function isTeamAdmin(teamId: string, userId: string): Promise<boolean> {
  const member = await db.query.memberships.findFirst({
    where: and(eq(memberships.teamId, teamId), eq(memberships.userId, userId), eq(memberships.role, 'admin')),
  });
  return member !== undefined;
}
