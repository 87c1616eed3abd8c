import Joi from 'joi';
import { query } from '../lib/db.js';
import auth from '../middleware/auth.js';

const customerSchema = Joi.object({
  name: Joi.string().max(120).required(),
  email: Joi.string().email().allow(null, ''),
});

export default (app) => {
  app.get('/api/customers', auth, async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await query('SELECT * FROM customers WHERE account_id = ? ORDER BY name', [req.user.accountId]);
    res.json(rows);
  });

  app.get('/api/customers/:id', auth, async (req, res) => {
    // expect: unscoped-tenant-query
    const rows = await query('SELECT * FROM customers WHERE id = ?', [req.params.id]);
    if (!rows.length) return res.sendStatus(404);
    res.json(rows[0]);
  });

  // ok: missing-input-validation
  app.post('/api/customers', auth, async (req, res, next) => {
    const { error, value } = customerSchema.validate(req.body);
    if (error) return res.status(400).json({ error: error.details[0].message });
    try {
      const result = await query('INSERT INTO customers (account_id, name, email) VALUES (?, ?, ?)', [req.user.accountId, value.name, value.email]);
      res.status(201).json({ id: result.insertId });
    } catch (err) {
      next(err);
    }
  });

  // expect: missing-input-validation
  app.put('/api/customers/:id', auth, async (req, res) => {
    // ok: unscoped-tenant-query
    await query('UPDATE customers SET name = ?, email = ? WHERE id = ? AND account_id = ?', [req.body.name, req.body.email, req.params.id, req.user.accountId]);
    res.json({ ok: true });
  });

  // the export went in without the auth middleware
  // expect: missing-auth, missing-rate-limit
  app.get('/api/reports/customers.csv', async (req, res) => {
    const rows = await query('SELECT name, email FROM customers WHERE account_id = ?', [req.query.account]);
    res.type('text/csv').send(rows.map((r) => `${r.name},${r.email}`).join('\n'));
  });
};
