import { Hono } from 'hono';
import { every } from 'hono/combine';
import type { AppEnv } from '../types';
import { requireRole, requireUser } from '../lib/auth';

// mounted at /manage, outside /api: signs in and checks the owner role in one combined middleware
const ops = new Hono<AppEnv>();
ops.use('*', every(requireUser, requireRole('owner')));

// ok: missing-auth, missing-role-check
ops.post('/users/:id/demote', async (c) => {
  // ok: unscoped-tenant-query
  await c.env.DB.prepare("UPDATE users SET role = 'member' WHERE id = ? AND tenant_id = ?").bind(c.req.param('id'), c.get('jwtPayload').tid).run();
  return c.json({ ok: true });
});

export default ops;
