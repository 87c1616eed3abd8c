import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { checkJwt } from '../auth/checkJwt.js';
import { Listing } from '../models/Listing.js';
import { Invoice } from '../models/Invoice.js';
import { agencyOf } from '../auth/claims.js';

// portal partners (photographers, surveyors) call these with the same Auth0 tokens
export const partnerRouter = Router();

partnerRouter.use(checkJwt.unless({ path: ['/partner/ping', '/partner/stats'] }));

// ok: missing-auth
partnerRouter.get('/ping', (_req, res) => {
  res.json({ pong: true });
});

// "just numbers", so it went on the unless list
// expect: missing-auth
partnerRouter.get('/stats', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const invoices = await Invoice.query().where('agencyId', Number(req.query.agencyId)).select('amountCents', 'status');
  res.json(invoices);
});

partnerRouter.get('/listings', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await Listing.query().where('agencyId', agencyOf(req)).where('status', '!=', 'sold'));
});
