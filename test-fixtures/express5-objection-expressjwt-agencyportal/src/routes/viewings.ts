import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { z } from 'zod';
import { Listing } from '../models/Listing.js';
import { Viewing } from '../models/Viewing.js';
import { agencyOf } from '../auth/claims.js';

// mounted at /listings/:listingId/viewings
export const viewingsRouter = Router({ mergeParams: true });

const NewViewing = z.object({ visitorName: z.string().min(1).max(120), scheduledAt: z.string().datetime() });

// every route below trusts :listingId once this loader found it in the caller's agency
viewingsRouter.use(async (req: JWTRequest, res, next) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().modify('forAgency', agencyOf(req)).findById(Number((req.params as any).listingId));
  if (!listing) return res.sendStatus(404);
  (req as any).listing = listing;
  next();
});

viewingsRouter.get('/', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  res.json(await Viewing.query().where('listingId', (req as any).listing.id).orderBy('scheduledAt'));
});

viewingsRouter.post('/', async (req: JWTRequest, res) => {
  const input = NewViewing.parse(req.body);
  const listing = (req as any).listing as Listing;
  const viewing = await Viewing.query().insert({ ...input, listingId: listing.id, agencyId: listing.agencyId });
  res.status(201).json(viewing);
});

viewingsRouter.delete('/:viewingId', async (req: JWTRequest, res) => {
  // expect: unscoped-tenant-query
  await Viewing.query().deleteById(Number(req.params.viewingId));
  res.sendStatus(204);
});
