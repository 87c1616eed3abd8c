import { Hono } from 'hono';
import type { AppEnv } from '../types';

const publicApp = new Hono<AppEnv>();

// the link in the invoice email: an unguessable share token stands in for a sign-in
// ok: missing-auth
publicApp.get('/invoices/:shareToken', async (c) => {
  // ok: unscoped-tenant-query
  const invoice = await c.env.DB.prepare('SELECT number, total_cents, status FROM invoices WHERE share_token = ?')
    .bind(c.req.param('shareToken'))
    .first();
  return invoice ? c.json(invoice) : c.notFound();
});

export default publicApp;
