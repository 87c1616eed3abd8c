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

const SCAN_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];

// Hono's parseBody() reads the multipart form; this one checks the file's size and type
// expect: missing-rate-limit
attachments.post('/:invoiceId/scan', async (c) => {
  const { tid } = c.get('jwtPayload');
  const invoice = await findInvoice(c.env.DB, tid, c.req.param('invoiceId'));
  if (!invoice) return c.notFound();
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const scan = body['scan'];
  if (!(scan instanceof File) || scan.size > 10 * 1024 * 1024 || !SCAN_TYPES.includes(scan.type)) return c.json({ error: 'invalid scan' }, 400);
  await c.env.FILES.put(`${tid}/${invoice.id}/scan`, scan.stream());
  return c.json({ ok: true });
});

// a logo: stored as sent
// expect: missing-rate-limit
attachments.post('/logo', async (c) => {
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const logo = body['logo'] as File;
  await c.env.FILES.put(`${c.get('jwtPayload').tid}/logo`, logo.stream());
  return c.json({ ok: true });
});

export default attachments;
