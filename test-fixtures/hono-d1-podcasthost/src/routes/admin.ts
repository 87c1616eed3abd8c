import { Hono } from 'hono';
import type { AppEnv } from '../types';
import { requireRole } from '../middleware/auth';

// platform staff tools, mounted under /api/admin
const admin = new Hono<AppEnv>();

// expect: missing-role-check
admin.get('/workspaces', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name, plan FROM workspaces ORDER BY name').all();
  return c.json(results);
});

// ok: missing-role-check, missing-input-validation
admin.post('/users/:userId/suspend', requireRole('staff'), async (c) => {
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE users SET suspended = 1 WHERE id = ?').bind(c.req.param('userId')).run();
  return c.body(null, 204);
});

// ok: missing-role-check
admin.get('/workspaces/:workspaceId/users', requireRole('staff'), async (c) => {
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT id, email, role FROM users WHERE workspace_id = ?').bind(c.req.param('workspaceId')).all();
  return c.json(results);
});

export default admin;
