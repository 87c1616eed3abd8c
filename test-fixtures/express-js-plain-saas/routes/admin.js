import express from 'express';
import { query } from '../lib/db.js';
import { adminOnly } from '../middleware/auth.js';

const router = express.Router();

// ok: missing-role-check
router.get('/users', adminOnly, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await query('SELECT id, email, role FROM users WHERE account_id = ?', [req.user.accountId]));
});

// a hand-written allowlist test is no schema check (the rule asks for zod, joi, ajv ...)
// ok: missing-role-check
// expect: missing-input-validation
router.patch('/users/:id/role', adminOnly, async (req, res) => {
  if (!['admin', 'member'].includes(req.body.role)) return res.status(400).json({ error: 'Unknown role' });
  // ok: unscoped-tenant-query
  await query('UPDATE users SET role = ? WHERE id = ? AND account_id = ?', [req.body.role, req.params.id, req.user.accountId]);
  res.json({ ok: true });
});

// expect: missing-role-check
router.get('/audit', async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await query('SELECT id, email, role FROM users WHERE account_id = ? ORDER BY id DESC', [req.user.accountId]));
});

export default router;
