import { Router } from 'express';
import { pool } from '../lib/db';

export const teamRouter = Router();

teamRouter.get('/members', async (req, res) => {
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT id, email, role FROM users WHERE agency_id = ?', [req.user!.agencyId]);
  res.json(rows);
});

// a manager-only action, but any signed-in agent of the agency can call it
// expect: missing-role-check
teamRouter.delete('/members/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  await pool.query('DELETE FROM users WHERE id = ? AND agency_id = ?', [req.params.id, req.user!.agencyId]);
  res.status(204).end();
});
