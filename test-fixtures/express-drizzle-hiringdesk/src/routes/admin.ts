import { Router } from 'express';
import { z } from 'zod';
import { and, eq, desc } from 'drizzle-orm';
import { randomBytes, randomUUID } from 'node:crypto';
import { db, organization, user, member, session, auditEvents } from '../db/index.js';
import { requireOrg, requireOrgRole, requirePlatformAdmin } from '../middleware/session.js';

// Mounted at /api/admin behind requireSession.
export const adminRouter = Router();

// Platform staff: every organization on the platform.
// ok: missing-role-check
adminRouter.get('/organizations', requirePlatformAdmin, async (_req, res) => {
  // ok: unscoped-tenant-query
  const orgs = await db.select().from(organization).orderBy(desc(organization.name));
  res.json(orgs);
});

// ok: missing-role-check
adminRouter.post('/users/:userId/ban', requirePlatformAdmin, async (req, res) => {
  await db.update(user).set({ banned: true }).where(eq(user.id, req.params.userId));
  res.status(204).end();
});

// expect: missing-role-check
adminRouter.post('/users/:userId/impersonate', async (req, res) => {
  const token = randomBytes(32).toString('base64url');
  await db.insert(session).values({
    id: randomUUID(),
    token,
    userId: req.params.userId,
    impersonatedBy: req.user!.id,
    expiresAt: new Date(Date.now() + 60 * 60 * 1000),
  });
  // expect: insecure-cookie
  res.cookie('impersonation_token', token, { httpOnly: true, sameSite: 'strict' });
  res.json({ ok: true });
});

// expect: missing-role-check
adminRouter.delete('/users/:userId', async (req, res) => {
  // expect: unscoped-tenant-query
  await db.delete(user).where(eq(user.id, req.params.userId));
  res.status(204).end();
});

const roleSchema = z.object({ role: z.enum(['member', 'recruiter', 'admin']) });

// Organization owners manage their own members.
// ok: missing-role-check, missing-input-validation
adminRouter.patch('/members/:memberId/role', requireOrg, requireOrgRole('owner'), async (req, res) => {
  const { role } = roleSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(member)
    .set({ role })
    .where(and(eq(member.id, req.params.memberId), eq(member.organizationId, req.orgId!)))
    .returning();
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(row);
});

// expect: missing-role-check
adminRouter.get('/audit-log', requireOrg, async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.organizationId, req.orgId!))
    .orderBy(desc(auditEvents.createdAt))
    .limit(200);
  res.json(rows);
});
