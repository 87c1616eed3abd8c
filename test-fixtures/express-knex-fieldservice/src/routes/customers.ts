import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { requireRole } from '../middleware/requireRole';

export const customersRouter = Router();

const listQuery = z.object({ search: z.string().trim().max(100).optional() });
const idParams = z.object({ id: z.string().uuid() });

const customerBody = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().email().max(254).nullable().optional(),
  phone: z.string().max(40).nullable().optional(),
  address: z.string().max(500).nullable().optional(),
});
const customerPatch = customerBody.partial().refine((b) => Object.keys(b).length > 0, { message: 'no fields to update' });

// ok: missing-auth
customersRouter.get('/', async (req, res) => {
  const query = listQuery.safeParse(req.query);
  if (!query.success) {
    return res.status(400).json({ error: query.error.flatten() });
  }

  // ok: unscoped-tenant-query
  const builder = db('customers').where({ tenant_id: req.tenantId }).orderBy('name', 'asc').limit(200);
  if (query.data.search) {
    builder.whereILike('name', `%${query.data.search}%`);
  }
  res.json(await builder);
});

// ok: missing-auth
customersRouter.get('/:id', async (req, res) => {
  const params = idParams.safeParse(req.params);
  if (!params.success) {
    return res.sendStatus(404);
  }

  // ok: unscoped-tenant-query
  const customer = await db('customers').where({ id: params.data.id, tenant_id: req.tenantId }).first();
  if (!customer) {
    return res.sendStatus(404);
  }
  res.json(customer);
});

customersRouter.post('/', requireRole('admin', 'dispatcher'), async (req, res) => {
  const body = customerBody.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: body.error.flatten() });
  }

  // ok: unscoped-tenant-query
  const [customer] = await db('customers').insert({ ...body.data, tenant_id: req.tenantId }).returning('*');
  res.status(201).json(customer);
});

// ok: missing-auth
customersRouter.put('/:id', requireRole('admin', 'dispatcher'), async (req, res) => {
  const body = customerPatch.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: body.error.flatten() });
  }

  const { id } = req.params;
  // expect: unscoped-tenant-query
  const [updated] = await db('customers').where('id', id).update({ ...body.data, updated_at: db.fn.now() }).returning('*');
  if (!updated) {
    return res.sendStatus(404);
  }
  res.json(updated);
});
