import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { AppDataSource } from '../data-source';
import { Quote } from '../entities/Quote';
import { createLimiter } from '../lib/limiter';

const router = Router();
const PARTNER_PUBLIC_KEY = (process.env.PARTNER_PUBLIC_KEY ?? '').replace(/\\n/g, '\n');

// Partner portal: partners call with an RS256 token their IdP signed
// ok: missing-auth
router.get('/partner/quotes', async (req, res) => {
  const token = req.header('authorization')?.replace(/^Bearer /, '') ?? '';
  // expect: insecure-jwt
  const claims = jwt.verify(token, PARTNER_PUBLIC_KEY) as { org: string };
  // ok: unscoped-tenant-query
  const quotes = await AppDataSource.getRepository(Quote).find({ where: { organizationId: claims.org, status: 'sent' } });
  res.json(quotes.map((q) => ({ number: q.number, totalCents: q.totalCents, currency: q.currency })));
});

// ERP sync: the ERP calls with the shared key it was given
// ok: missing-auth, missing-rate-limit
router.get('/erp/quotes/export', createLimiter(5), async (req, res) => {
  if (req.header('x-api-key') !== process.env.ERP_API_KEY) return res.status(401).json({ error: 'unauthorized' });
  const orgId = String(req.query.organizationId ?? '');
  // ok: unscoped-tenant-query
  const quotes = await AppDataSource.getRepository(Quote).find({ where: { organizationId: orgId, status: 'accepted' } });
  res.json(quotes);
});

// ok: missing-auth, insecure-cookie
router.get('/csrf', (req, res) => {
  const csrfToken = require('crypto').randomBytes(20).toString('hex');
  // ok: insecure-cookie
  res.cookie('XSRF-TOKEN', csrfToken, { secure: true, sameSite: 'strict' });
  res.json({ csrfToken });
});

export default router;
