import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { config } from '../config.js';
import { users } from '../db/data-source.js';
import { requireJwt, requireRole } from '../middleware/auth.js';

export const adminRouter = Router();
adminRouter.use(requireJwt);

const RoleBody = z.object({ role: z.enum(['admin', 'buyer', 'viewer']) });

// ok: missing-auth, missing-role-check
adminRouter.get('/users', requireRole('owner', 'admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await users().find({ where: { organizationId: req.user!.orgId }, order: { email: 'ASC' } });
  res.json(rows);
});

// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', requireRole('owner'), async (req, res) => {
  const { role } = RoleBody.parse(req.body);
  // ok: unscoped-tenant-query
  const result = await users().update({ id: req.params.id, organizationId: req.user!.orgId }, { role });
  if (!result.affected) return res.status(404).json({ error: 'not found' });
  res.status(204).end();
});

// offboarding: added during the SSO migration, the role guard was never put back
// expect: missing-role-check
adminRouter.delete('/users/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const result = await users().delete({ id: req.params.id, organizationId: req.user!.orgId });
  if (!result.affected) return res.status(404).json({ error: 'not found' });
  res.status(204).end();
});

// ok: missing-role-check
adminRouter.post('/users/:id/unlock', async (req, res) => {
  if (req.user!.role !== 'owner') return res.status(403).json({ error: 'owners only' });
  // ok: unscoped-tenant-query
  await users().update({ id: req.params.id, organizationId: req.user!.orgId }, { resetTokenHash: null, resetTokenExpiresAt: null });
  res.status(204).end();
});

// support staff of the customer act as one of their users for a while
// ok: missing-role-check
adminRouter.post('/users/:id/impersonate', requireRole('owner'), async (req, res) => {
  // ok: unscoped-tenant-query
  const target = await users().findOneBy({ id: req.params.id, organizationId: req.user!.orgId });
  if (!target) return res.status(404).json({ error: 'not found' });
  const token = jwt.sign({ sub: target.id, org: target.organizationId, role: target.role, act: req.user!.id }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '15m' });
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', `vp_session=${token}; Path=/; Max-Age=900`);
  res.status(204).end();
});

const ownersOnly = [requireJwt, requireRole('owner')];

// ok: missing-auth, missing-role-check
adminRouter.post('/organization/rotate-keys', ...ownersOnly, async (req, res) => {
  res.json({ rotated: true, by: req.user!.id });
});
