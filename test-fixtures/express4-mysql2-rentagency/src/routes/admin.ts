import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../lib/db';
import { requireRole } from '../middleware/auth';

export const adminRouter = Router();
adminRouter.use(requireRole('admin'));

adminRouter.get('/users', async (req, res) => {
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT id, email, role FROM users WHERE agency_id = ?', [req.user!.agencyId]);
  res.json(rows);
});

adminRouter.patch('/users/:id/role', async (req, res) => {
  const { role } = z.object({ role: z.enum(['agent', 'manager', 'admin']) }).parse(req.body);
  // ok: unscoped-tenant-query
  await pool.query('UPDATE users SET role = ? WHERE id = ? AND agency_id = ?', [role, req.params.id, req.user!.agencyId]);
  res.json({ ok: true });
});
