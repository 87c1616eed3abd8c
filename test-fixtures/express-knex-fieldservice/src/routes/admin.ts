import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { ROLES } from '../middleware/authenticate';
import { requireRole } from '../middleware/requireRole';

// Mounted at /api/admin, behind authenticate + resolveTenant.
export const adminRouter = Router();

const idParams = z.object({ id: z.string().uuid() });
const roleBody = z.object({ role: z.enum(ROLES) });

// ok: missing-auth
// ok: missing-role-check
adminRouter.get('/users', requireRole('admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await db('users').where({ tenant_id: req.tenantId }).orderBy('email', 'asc').select('id', 'email', 'name', 'role', 'created_at');
  res.json(users);
});

// ok: missing-auth
// ok: missing-role-check
adminRouter.patch('/users/:id/role', requireRole('admin'), async (req, res) => {
  const params = idParams.safeParse(req.params);
  const body = roleBody.safeParse(req.body);
  if (!params.success || !body.success) {
    return res.status(400).json({ error: 'invalid request' });
  }
  if (params.data.id === req.auth.userId) {
    return res.status(409).json({ error: 'you cannot change your own role' });
  }

  // ok: unscoped-tenant-query
  const updated = await db('users').where({ id: params.data.id, tenant_id: req.tenantId }).update({ role: body.data.role, updated_at: db.fn.now() });
  if (!updated) {
    return res.sendStatus(404);
  }
  res.sendStatus(204);
});

// ok: missing-auth
// expect: missing-role-check
adminRouter.delete('/users/:id', async (req, res) => {
  const params = idParams.safeParse(req.params);
  if (!params.success) {
    return res.sendStatus(404);
  }
  if (params.data.id === req.auth.userId) {
    return res.status(409).json({ error: 'you cannot delete yourself' });
  }

  // ok: unscoped-tenant-query
  const deleted = await db('users').where({ id: params.data.id, tenant_id: req.tenantId }).del();
  if (!deleted) {
    return res.sendStatus(404);
  }
  res.sendStatus(204);
});

// ok: missing-auth
// expect: missing-role-check
// expect: missing-rate-limit
adminRouter.get('/export/customers', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db('customers').where({ tenant_id: req.tenantId }).orderBy('name', 'asc').select('id', 'name', 'email', 'phone', 'address', 'created_at');
  res.setHeader('Content-Disposition', 'attachment; filename="customers.json"');
  res.json(rows);
});
