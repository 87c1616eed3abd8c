import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { findInvoice } from '../lib/invoices';

const invoices = new Hono<AppEnv>();

const NewInvoice = z.object({ customerId: z.string().uuid(), totalCents: z.number().int().positive() });
const StatusBody = z.object({ status: z.enum(['draft', 'sent', 'void']) });

invoices.get('/', async (c) => {
  const { tid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT * FROM invoices WHERE tenant_id = ? ORDER BY number DESC').bind(tid).all();
  return c.json(results);
});

invoices.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const invoice = await c.env.DB.prepare('SELECT * FROM invoices WHERE id = ?').bind(c.req.param('id')).first();
  return invoice ? c.json(invoice) : c.notFound();
});

// ok: missing-input-validation
invoices.post('/', zValidator('json', NewInvoice), async (c) => {
  const { tid } = c.get('jwtPayload');
  const input = c.req.valid('json');
  const id = crypto.randomUUID();
  await c.env.DB.prepare('INSERT INTO invoices (id, tenant_id, customer_id, number, total_cents) VALUES (?, ?, ?, ?, ?)')
    .bind(id, tid, input.customerId, `INV-${Date.now()}`, input.totalCents)
    .run();
  return c.json({ id }, 201);
});

// ok: missing-input-validation
invoices.patch('/:id/status', zValidator('json', StatusBody), async (c) => {
  const { tid } = c.get('jwtPayload');
  const invoice = await findInvoice(c.env.DB, tid, c.req.param('id'));
  if (!invoice) return c.notFound();
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE invoices SET status = ? WHERE id = ?').bind(c.req.valid('json').status, invoice.id).run();
  return c.json({ ok: true });
});

invoices.delete('/:id', async (c) => {
  const payload = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const result = await c.env.DB.prepare("DELETE FROM invoices WHERE id = ? AND tenant_id = ? AND status = 'draft'")
    .bind(c.req.param('id'), payload.tid)
    .run();
  return result.meta.changes ? c.body(null, 204) : c.notFound();
});

// an export path: the rule asks for a limiter on exports whatever their size
// expect: missing-rate-limit
invoices.get('/export/summary', async (c) => {
  // a total per status for the caller's own tenant
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT status, SUM(total_cents) AS total FROM invoices WHERE tenant_id = ? GROUP BY status')
    .bind(c.get('jwtPayload').tid)
    .all();
  return c.json(results);
});

export default invoices;
