const express = require('express');
const db = require('../lib/db');
const { requireAdmin } = require('../middleware/auth');

const router = express.Router();

function hasPermission(user, permission) {
  return Array.isArray(user.permissions) && user.permissions.includes(permission);
}

// expect: missing-role-check
router.post('/reindex', async (req, res) => {
  await db.query('REFRESH MATERIALIZED VIEW ticket_search');
  res.sendStatus(202);
});

// expect: missing-role-check
router.get('/orgs', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await db.query('SELECT id, name FROM organizations');
  res.json(rows);
});

// ok: missing-role-check
router.post('/orgs/:id/disable', requireAdmin, async (req, res) => {
  await db.query('UPDATE organizations SET name = name WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});

// ok: missing-role-check
router.get('/billing', async (req, res) => {
  if (!hasPermission(req.user, 'billing:read')) return res.status(403).json({ error: 'forbidden' });
  res.json({ plan: 'pro' });
});

module.exports = router;
