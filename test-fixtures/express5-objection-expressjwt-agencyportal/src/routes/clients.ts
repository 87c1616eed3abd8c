import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import { Client } from '../models/Client.js';
import { knex } from '../db.js';
import { agencyOf } from '../auth/claims.js';
import { toCsv } from '../lib/csv.js';

export const clientsRouter = Router();

const exportLimiter = rateLimit({ windowMs: 60 * 60_000, limit: 5 });

const ClientInput = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  phone: z.string().max(30).optional(),
});

// where-object built up before the query, tenant first
clientsRouter.get('/', async (req: JWTRequest, res) => {
  const where: Record<string, unknown> = { agencyId: agencyOf(req) };
  if (req.query.email) where.email = String(req.query.email);
  if (req.query.name) where.name = String(req.query.name);
  // ok: unscoped-tenant-query
  res.json(await Client.query().where(where).limit(100));
});

// raw SQL with clauses pushed as the filters come in, tenant clause first
clientsRouter.get('/lookup', async (req: JWTRequest, res) => {
  const clauses = ['agency_id = ?'];
  const params: unknown[] = [agencyOf(req)];
  if (req.query.phone) {
    clauses.push('phone = ?');
    params.push(String(req.query.phone));
  }
  // ok: unscoped-tenant-query
  const { rows } = await knex.raw(`select id, name, email from clients where ${clauses.join(' and ')} limit 20`, params);
  res.json(rows);
});

// same shape, but the clauses start empty: the client's listing id picks the rows
clientsRouter.get('/by-listing', async (req: JWTRequest, res) => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  clauses.push('l.id = ?');
  params.push(Number(req.query.listingId));
  // expect: unscoped-tenant-query
  const { rows } = await knex.raw(`select c.* from clients c join listings l on l.client_id = c.id where ${clauses.join(' and ')}`, params);
  res.json(rows);
});

// export: the filter object starts empty and takes the agency from the query string
// expect: missing-rate-limit
clientsRouter.get('/export.csv', async (req: JWTRequest, res) => {
  const filters: Record<string, unknown> = {};
  if (req.query.agencyId) filters.agencyId = Number(req.query.agencyId);
  // expect: unscoped-tenant-query
  const rows = await Client.query().where(filters);
  res.type('text/csv').attachment('clients.csv').send(toCsv(rows as any));
});

// ok: missing-rate-limit
clientsRouter.get('/export-mine.csv', exportLimiter, async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const rows = await Client.query().where('agencyId', agencyOf(req));
  res.type('text/csv').attachment('clients.csv').send(toCsv(rows as any));
});

// ok: missing-input-validation
clientsRouter.post('/', async (req: JWTRequest, res) => {
  const input = ClientInput.parse(req.body);
  const client = await Client.query().insert({ ...input, agencyId: agencyOf(req) });
  res.status(201).json(client);
});

// expect: missing-input-validation
clientsRouter.put('/:id/notes', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const updated = await Client.query().patch({ notes: req.body.notes }).where({ id: Number(req.params.id), agencyId: agencyOf(req) });
  if (!updated) return res.sendStatus(404);
  res.sendStatus(204);
});

clientsRouter
  .route('/:id')
  .get(async (req: JWTRequest, res) => {
    // ok: unscoped-tenant-query
    const client = await Client.query().findOne({ id: Number(req.params.id), agencyId: agencyOf(req) });
    if (!client) return res.sendStatus(404);
    res.json(client);
  })
  .delete(async (req: JWTRequest, res) => {
    // expect: unscoped-tenant-query
    await Client.query().deleteById(Number(req.params.id));
    res.sendStatus(204);
  });
