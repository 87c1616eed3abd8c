import jwt from 'jsonwebtoken';
import { query } from '../lib/db.js';
import { bearer, maybeUser } from '../middleware/bearer.js';

export default (app) => {
  // ok: missing-auth
  app.get('/api/mobile/invoices', bearer, async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await query('SELECT id, total_cents, status FROM invoices WHERE account_id = ? ORDER BY id DESC LIMIT 50', [req.user.accountId]);
    res.json(rows);
  });

  // ok: missing-auth
  app.get('/api/mobile/me', async (req, res) => {
    const claims = jwt.verify(req.get('authorization').slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    const rows = await query('SELECT id, email, role FROM users WHERE id = ?', [claims.sub]);
    res.json(rows[0] ?? null);
  });

  // the badge middleware lets anonymous visitors through: any invoice by its id
  // expect: missing-auth
  app.get('/api/badge/invoices/:id', maybeUser, async (req, res) => {
    const rows = await query('SELECT * FROM invoices WHERE id = ?', [req.params.id]);
    res.json(rows[0] ?? null);
  });
};
