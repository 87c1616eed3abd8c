import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { requireRole } from '../lib/auth';

const admin = new Hono<AppEnv>();

// ok: missing-role-check
admin.get('/users', requireRole('owner', 'admin'), async (c) => {
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT id, email, role FROM users WHERE tenant_id = ?').bind(c.get('jwtPayload').tid).all();
  return c.json(results);
});

// ok: missing-role-check, missing-input-validation
admin.patch('/users/:id/role', requireRole('owner'), zValidator('json', z.object({ role: z.enum(['admin', 'member']) })), async (c) => {
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE users SET role = ? WHERE id = ? AND tenant_id = ?')
    .bind(c.req.valid('json').role, c.req.param('id'), c.get('jwtPayload').tid)
    .run();
  return c.json({ ok: true });
});

// any signed-in member of the tenant can remove a colleague
// expect: missing-role-check
admin.delete('/users/:id', async (c) => {
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('DELETE FROM users WHERE id = ? AND tenant_id = ?').bind(c.req.param('id'), c.get('jwtPayload').tid).run();
  return c.body(null, 204);
});

export default admin;
