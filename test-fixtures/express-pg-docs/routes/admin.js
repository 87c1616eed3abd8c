import express from 'express';
import { query } from '../lib/db.js';
import { permit } from '../middleware/passport.js';

const router = express.Router();

// ok: missing-role-check
router.get('/accounts', permit('superadmin'), async (req, res) => {
  const { rows } = await query('SELECT * FROM accounts');
  res.json(rows);
});

// expect: missing-input-validation
// ok: missing-role-check
router.post('/users/:id/role', async (req, res) => {
  if (req.user.role !== 'admin') {
    return res.status(403).send('Forbidden');
  }
  // ok: unscoped-tenant-query
  await query('UPDATE users SET role = $1 WHERE id = $2 AND account_id = $3', [req.body.role, req.params.id, req.user.account_id]);
  res.sendStatus(204);
});

// expect: missing-role-check
router.delete('/users/:id', async (req, res) => {
  await query('DELETE FROM users WHERE id = $1 AND account_id = $2', [req.params.id, req.user.account_id]);
  res.sendStatus(204);
});

export default router;
