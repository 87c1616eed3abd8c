import { and, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { db } from '../db/client.js'
import { workspaceMembers } from '../db/schema.js'
import type { AppEnv } from '../types.js'

export function ensureWorkspaceAdmin(c: Context<AppEnv>) {
  const role = c.get('membership').role
  if (role !== 'owner' && role !== 'admin') {
    throw new HTTPException(403, { message: 'workspace admins only' })
  }
}

export async function isMember(userId: string, workspaceId: string) {
  const rows = await db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.workspaceId, workspaceId)))
  return rows.length > 0
}
