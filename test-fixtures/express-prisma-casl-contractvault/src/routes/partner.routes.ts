import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';

// partner CRM systems push counterparties' signed contracts by external reference
const router = Router();

// the decoded claims gate the route (insecure-jwt reports the decode): a decode verifies nothing, so the route is unauthenticated
// expect: missing-auth
router.post('/sync', async (req, res) => {
  const partnerToken = req.get('x-partner-token') ?? '';
  // expect: token-logging
  logger.info({ partnerToken, ref: req.body.externalRef }, 'partner sync received');
  // expect: insecure-jwt
  const claims = jwt.decode(partnerToken) as { workspaceId?: string } | null;
  if (!claims?.workspaceId) return res.status(401).json({ error: 'invalid partner token' });
  // (an unauthenticated route: missing-auth, not unscoped-tenant-query)
  // ok: unscoped-tenant-query
  const contract = await prisma.contract.update({
    where: { externalRef: String(req.body.externalRef) },
    data: { status: 'signed' },
  });
  res.json({ id: contract.id });
});

export default router;
