import { query } from '../lib/db.js';

export default (app) => {
  // ok: missing-auth
  app.get('/api/status', (req, res) => res.json({ ok: true, version: process.env.npm_package_version }));

  // ok: missing-auth
  app.get('/api/pricing', (req, res) => {
    res.json([
      { plan: 'starter', monthly: 19 },
      { plan: 'business', monthly: 79 },
    ]);
  });

  // the invoice page a customer opens from the email: the link carries an unguessable token
  // ok: missing-auth
  app.get('/pay/:publicToken', async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await query('SELECT id, total_cents, status FROM invoices WHERE public_token = ?', [req.params.publicToken]);
    if (!rows.length) return res.status(404).send('Not found');
    res.json(rows[0]);
  });
};
