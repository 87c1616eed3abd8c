import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { User } from '../models/User.js';
import { Invoice } from '../models/Invoice.js';
import { agencyOf, hasPermission, requirePermission } from '../auth/claims.js';

export const adminRouter = Router();

// ok: missing-role-check
adminRouter.get('/users', requirePermission('read:users'), async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await User.query().where('agencyId', agencyOf(req)));
});

// expect: missing-role-check
adminRouter.get('/invoices', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await Invoice.query().where('agencyId', agencyOf(req)).orderBy('id', 'desc'));
});

// expect: missing-role-check, missing-input-validation
adminRouter.post('/users/:id/role', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  await User.query().patch({ role: req.body.role }).where({ id: Number(req.params.id), agencyId: agencyOf(req) });
  res.sendStatus(204);
});

// ok: missing-role-check
adminRouter.delete('/users/:id', async (req: JWTRequest, res) => {
  if (!hasPermission(req, 'delete:users')) return res.sendStatus(403);
  // ok: unscoped-tenant-query
  await User.query().delete().where({ id: Number(req.params.id), agencyId: agencyOf(req) });
  res.sendStatus(204);
});
