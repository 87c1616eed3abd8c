import { Router } from 'express'
import { and, desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import { db } from '../db/index.js'
import { auditEvents, secrets, vaultMembers } from '../db/schema.js'
import { requireUser, requireVault, requireVaultMember } from '../middleware/auth.js'
import { ensureMember } from '../lib/membership.js'

export const vaultsRouter = Router()

vaultsRouter.use(requireUser)

vaultsRouter.get('/vaults/:vaultId/secrets', requireVaultMember, async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: secrets.id, label: secrets.label }).from(secrets).where(eq(secrets.vaultId, req.params.vaultId))
  res.json(rows)
})

const SecretInput = z.object({ label: z.string().min(1).max(100), ciphertext: z.string().max(10000) })

vaultsRouter.post('/vaults/:vaultId/secrets', async (req, res) => {
  await ensureMember(req.params.vaultId, req.session.userId!)
  const input = SecretInput.parse(req.body)
  // ok: unscoped-tenant-query
  const [row] = await db.insert(secrets).values({ ...input, vaultId: req.params.vaultId }).returning()
  res.status(201).json(row)
})

vaultsRouter.get('/vaults/:vaultId/secrets/:secretId', async (req, res) => {
  const member = await db.query.vaultMembers.findFirst({
    where: (m, { and, eq }) => and(eq(m.vaultId, req.params.vaultId), eq(m.userId, req.session.userId!)),
  })
  if (!member) return res.status(404).end()
  // ok: unscoped-tenant-query
  const secret = await db.query.secrets.findFirst({ where: and(eq(secrets.id, req.params.secretId), eq(secrets.vaultId, req.params.vaultId)) })
  res.json(secret ?? null)
})

// the vault is checked to exist, not to be the caller's
vaultsRouter.get('/vaults/:vaultId/audit', requireVault, async (req, res) => {
  // expect: unscoped-tenant-query
  const events = await db.select().from(auditEvents).where(eq(auditEvents.vaultId, req.params.vaultId)).orderBy(desc(auditEvents.at)).limit(100)
  res.json(events)
})

// membership of the vault in the path, then a secret looked up by its id alone
vaultsRouter.delete('/vaults/:vaultId/secrets/:secretId', requireVaultMember, async (req, res) => {
  // expect: unscoped-tenant-query
  await db.delete(secrets).where(eq(secrets.id, req.params.secretId))
  res.status(204).end()
})

// expect: missing-rate-limit
vaultsRouter.get('/vaults/:vaultId/audit/export', async (req, res) => {
  const membership = await db
    .select({ role: vaultMembers.role })
    .from(vaultMembers)
    .where(and(eq(vaultMembers.vaultId, req.params.vaultId), eq(vaultMembers.userId, req.session.userId!)))
  if (membership.length === 0) return res.status(404).end()
  // ok: unscoped-tenant-query
  const events = await db.select().from(auditEvents).where(eq(auditEvents.vaultId, req.params.vaultId))
  res.type('text/csv').send(events.map((e) => `${e.at.toISOString()},${e.action}`).join('\n'))
})

// the list of the vault's members, searched for the member the client names
// expect: missing-role-check
vaultsRouter.post('/vaults/:vaultId/transfer', async (req, res) => {
  const { to } = z.object({ to: z.string().uuid() }).parse(req.body)
  // expect: unscoped-tenant-query
  const members = await db.select().from(vaultMembers).where(eq(vaultMembers.vaultId, req.params.vaultId))
  if (!members.some((m) => m.userId === to)) return res.status(400).json({ error: 'not a member' })
  // expect: unscoped-tenant-query
  await db.update(vaultMembers).set({ role: 'owner' }).where(and(eq(vaultMembers.vaultId, req.params.vaultId), eq(vaultMembers.userId, to)))
  res.status(204).end()
})
