import { and, eq } from 'drizzle-orm'
import { db } from '../db/index.js'
import { vaultMembers } from '../db/schema.js'

export class NotAMember extends Error {
  status = 404
}

export async function ensureMember(vaultId: string, userId: string) {
  const member = await db.query.vaultMembers.findFirst({ where: and(eq(vaultMembers.vaultId, vaultId), eq(vaultMembers.userId, userId)) })
  if (!member) throw new NotAMember('vault not found')
  return member
}
