import { and, eq } from 'drizzle-orm';
import { db, grants } from '../db';

export async function getGrant(workspaceId: string, id: string) {
  // ok: unscoped-tenant-query
  const [grant] = await db.select().from(grants).where(and(eq(grants.id, id), eq(grants.workspaceId, workspaceId))).limit(1);
  return grant ?? null;
}
