const { Router } = require('express');
const db = require('../lib/db');
const { requireAdmin } = require('../middleware/auth');

const admin = Router();

// expect: missing-role-check
admin.get('/agents', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await db.query('SELECT id, email, role FROM users WHERE org_id = $1', [req.user.org_id]);
  res.json(rows);
});

// ok: missing-role-check
// expect: missing-input-validation
admin.post('/agents/:id/role', requireAdmin, async (req, res) => {
  // ok: unscoped-tenant-query
  await db.query('UPDATE users SET role = $1 WHERE id = $2 AND org_id = $3', [req.body.role, req.params.id, req.user.org_id]);
  res.sendStatus(204);
});

// ok: missing-role-check
admin.delete('/agents/:id', async (req, res) => {
  if (req.user.role !== 'admin') {
    return res.status(403).end();
  }
  // ok: unscoped-tenant-query
  await db.query('DELETE FROM users WHERE id = $1 AND org_id = $2', [req.params.id, req.user.org_id]);
  res.sendStatus(204);
});

module.exports = admin;
