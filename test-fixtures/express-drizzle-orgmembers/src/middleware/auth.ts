import type { NextFunction, Request, Response } from 'express'
import { and, eq } from 'drizzle-orm'
import { db } from '../db/index.js'
import { vaultMembers } from '../db/schema.js'

export function requireUser(req: Request, res: Response, next: NextFunction) {
  if (!req.session.userId) return res.status(401).json({ error: 'sign in first' })
  next()
}

/** Lets the request through only when the signed-in user belongs to the vault in the path. */
export async function requireVaultMember(req: Request, res: Response, next: NextFunction) {
  const [member] = await db
    .select()
    .from(vaultMembers)
    .where(and(eq(vaultMembers.vaultId, req.params.vaultId), eq(vaultMembers.userId, req.session.userId!)))
    .limit(1)
  if (!member) return res.status(404).json({ error: 'vault not found' })
  res.locals.role = member.role
  next()
}

/** Checks that the vault exists (it has an owner): says nothing about the caller. */
export async function requireVault(req: Request, res: Response, next: NextFunction) {
  // expect: unscoped-tenant-query
  const owner = await db.query.vaultMembers.findFirst({ where: and(eq(vaultMembers.vaultId, req.params.vaultId), eq(vaultMembers.role, 'owner')) })
  if (!owner) return res.status(404).json({ error: 'vault not found' })
  next()
}
