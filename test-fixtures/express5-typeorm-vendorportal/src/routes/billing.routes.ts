import { Router } from 'express';
import { orgs } from '../db/data-source.js';

// mounted behind requireJwt and requireRole('owner') in server.ts
export const billingRouter = Router();

// ok: missing-auth, missing-role-check
billingRouter.post('/cancel-subscription', async (req, res) => {
  // ok: unscoped-tenant-query
  await orgs().update({ id: req.user!.orgId }, { billingStatus: 'cancel_requested' });
  res.status(202).json({ ok: true });
});
