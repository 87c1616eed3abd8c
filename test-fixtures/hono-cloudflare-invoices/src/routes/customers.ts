import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';

const customers = new Hono<AppEnv>();

const CustomerBody = z.object({ name: z.string().min(1).max(120), email: z.string().email().optional() });

// ok: missing-input-validation
customers.post('/', zValidator('json', CustomerBody), async (c) => {
  const { name, email } = c.req.valid('json');
  const id = crypto.randomUUID();
  await c.env.DB.prepare('INSERT INTO customers (id, tenant_id, name, email) VALUES (?, ?, ?, ?)')
    .bind(id, c.get('jwtPayload').tid, name, email ?? null)
    .run();
  return c.json({ id }, 201);
});

// expect: missing-input-validation
customers.patch('/:id', async (c) => {
  const body = await c.req.json();
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE customers SET name = ?, email = ? WHERE id = ? AND tenant_id = ?')
    .bind(body.name, body.email, c.req.param('id'), c.get('jwtPayload').tid)
    .run();
  return c.json({ ok: true });
});

// an old handler that builds its SQL by hand
customers.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const customer = await c.env.DB.prepare(`SELECT * FROM customers WHERE id = '${c.req.param('id')}'`).first();
  return customer ? c.json(customer) : c.notFound();
});

customers.get('/:id/invoices', async (c) => {
  // expect: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT * FROM invoices WHERE customer_id = ?').bind(c.req.param('id')).all();
  return c.json(results);
});

export default customers;
