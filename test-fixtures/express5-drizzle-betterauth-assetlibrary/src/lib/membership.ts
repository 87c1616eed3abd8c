import { and, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { members } from '../db/schema.js';

export async function membershipOf(userId: string, workspaceId: string) {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.userId, userId), eq(members.workspaceId, workspaceId)))
    .limit(1);
  return row ?? null;
}
