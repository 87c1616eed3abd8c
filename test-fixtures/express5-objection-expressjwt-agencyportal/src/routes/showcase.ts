import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { optionalJwt } from '../auth/optionalJwt.js';
import { Client } from '../models/Client.js';
import { Listing } from '../models/Listing.js';

export const showcaseRouter = Router();

showcaseRouter.use(optionalJwt);

// agents see the client on each of their listings; the token is optional here
// expect: missing-auth
showcaseRouter.get('/featured-clients', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const clients = await Client.query().where('agencyId', Number(req.auth?.org_id ?? req.query.agency));
  res.json(clients);
});

// ok: missing-auth
showcaseRouter.get('/featured', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await Listing.query().where('status', 'published').orderBy('price', 'desc').limit(12));
});
