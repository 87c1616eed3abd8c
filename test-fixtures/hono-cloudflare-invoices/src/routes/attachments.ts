import { Hono } from 'hono';
import type { AppEnv } from '../types';
import { findInvoice } from '../lib/invoices';

const attachments = new Hono<AppEnv>();

// expect: missing-rate-limit
attachments.post('/:invoiceId/upload', async (c) => {
  const { tid } = c.get('jwtPayload');
  const invoice = await findInvoice(c.env.DB, tid, c.req.param('invoiceId'));
  if (!invoice) return c.notFound();
  // expect: unrestricted-upload
  const form = await c.req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return c.json({ error: 'file required' }, 400);
  const key = `${tid}/${invoice.id}/${crypto.randomUUID()}`;
  await c.env.FILES.put(key, file.stream());
  await c.env.DB.prepare('INSERT INTO attachments (id, tenant_id, invoice_id, r2_key) VALUES (?, ?, ?, ?)')
    .bind(crypto.randomUUID(), tid, invoice.id, key)
    .run();
  return c.json({ key }, 201);
});

export default attachments;
