import { Router, type Request, type Response, type NextFunction } from 'express';
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { db, jobs } from '../db/index.js';

// Job boards (partners) pull openings with a token signed by our partner portal.
const PARTNER_PUBLIC_KEY = readFileSync(process.env.PARTNER_PUBLIC_KEY_PATH ?? 'keys/partner.pub', 'utf8');

type PartnerClaims = { orgId: string; partner: string };

function partnerAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization') ?? '';
  const token = header.replace(/^Bearer\s+/i, '');
  // expect: token-logging
  console.debug('partner auth header', header);
  try {
    // expect: insecure-jwt
    res.locals.partner = jwt.verify(token, PARTNER_PUBLIC_KEY) as PartnerClaims;
    next();
  } catch {
    res.status(401).json({ error: 'invalid partner token' });
  }
}

export const partnersRouter = Router();
partnersRouter.use(partnerAuth);

// ok: missing-auth
partnersRouter.get('/openings', async (_req, res) => {
  const { orgId } = res.locals.partner as PartnerClaims;
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(eq(jobs.organizationId, orgId));
    res.json(rows);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).send(err);
  }
});
