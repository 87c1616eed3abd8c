import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import { z } from 'zod';
import { Listing } from '../models/Listing.js';
import { agencyOf } from '../auth/claims.js';
import { logger } from '../logger.js';
import { viewingsRouter } from './viewings.js';

export const listingsRouter = Router();

listingsRouter.use('/:listingId/viewings', viewingsRouter);

const ListingPatch = z.object({
  title: z.string().min(1).max(200).optional(),
  price: z.number().int().positive().optional(),
  status: z.enum(['draft', 'published', 'sold']).optional(),
});

// the builder is started with the caller's agency and narrowed afterwards
listingsRouter.get('/', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const q = Listing.query().where('agencyId', agencyOf(req));
  if (req.query.status) q.where('status', String(req.query.status));
  if (req.query.clientId) q.where('clientId', Number(req.query.clientId));
  res.json(await q.orderBy('createdAt', 'desc').limit(50));
});

// same builder, but nobody started it with the agency
listingsRouter.get('/search', async (req: JWTRequest, res) => {
  // expect: unscoped-tenant-query
  const q = Listing.query();
  if (req.query.city) q.where('city', String(req.query.city));
  if (req.query.clientId) q.where('clientId', Number(req.query.clientId));
  res.json(await q.limit(100));
});

listingsRouter.get('/:id', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().findOne({ id: Number(req.params.id), agencyId: agencyOf(req) }).withGraphFetched('client');
  if (!listing) return res.sendStatus(404);
  res.json(listing);
});

// expect: missing-input-validation
listingsRouter.post('/', async (req: JWTRequest, res) => {
  // ok: token-logging
  req.log.debug({ body: req.body }, 'creating listing');
  const listing = await Listing.query().insert({ ...req.body, agencyId: agencyOf(req), status: 'draft' });
  // ok: token-logging
  logger.info({ listingId: listing.id, sub: req.auth?.sub }, 'listing created');
  res.status(201).json(listing);
});

listingsRouter.patch('/:id', async (req: JWTRequest, res) => {
  const data = ListingPatch.parse(req.body);
  // expect: unscoped-tenant-query
  const listing = await Listing.query().patchAndFetchById(Number(req.params.id), data);
  res.json(listing);
});

listingsRouter.delete('/:id', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().findById(Number(req.params.id));
  if (!listing || listing.agencyId !== agencyOf(req)) return res.sendStatus(404);
  await listing.$query().delete();
  res.sendStatus(204);
});

// the agency's client, then that client's listings through the relation
listingsRouter.get('/by-client/:clientId', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const rows = await Listing.query().modify('forAgency', agencyOf(req)).where('clientId', Number(req.params.clientId));
  res.json(rows);
});

// bulk archive inside a transaction
listingsRouter.post('/archive', async (req: JWTRequest, res) => {
  const { ids } = z.object({ ids: z.array(z.number().int()).max(100) }).parse(req.body);
  await Listing.transaction(async (trx) => {
    // ok: unscoped-tenant-query
    await Listing.query(trx).patch({ status: 'sold' }).whereIn('id', ids).where('agencyId', agencyOf(req));
  });
  res.sendStatus(204);
});

// the same, but the agency filter was forgotten
listingsRouter.post('/restore', async (req: JWTRequest, res) => {
  const { ids } = z.object({ ids: z.array(z.number().int()).max(100) }).parse(req.body);
  await Listing.transaction(async (trx) => {
    // expect: unscoped-tenant-query
    await Listing.query(trx).patch({ status: 'draft' }).whereIn('id', ids);
  });
  res.sendStatus(204);
});

// legacy reporting screen, written against the column names
listingsRouter.get('/:id/summary', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().whereRaw('agency_id = ?', [agencyOf(req)]).findById(Number(req.params.id));
  if (!listing) return res.sendStatus(404);
  res.json({ id: listing.id, title: listing.title, price: listing.price });
});

listingsRouter.get('/:id/price-history', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().where('agencyId', '=', agencyOf(req)).andWhere('id', Number(req.params.id)).first();
  if (!listing) return res.sendStatus(404);
  res.json({ id: listing.id, price: listing.price });
});
