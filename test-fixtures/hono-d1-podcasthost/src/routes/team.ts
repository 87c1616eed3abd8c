import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { AppEnv } from '../types';
import { requireRole } from '../middleware/auth';

const team = new Hono<AppEnv>();

// ok: missing-auth
team.get('/members', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT id, email, role FROM users WHERE workspace_id = ?').bind(wid).all();
  return c.json(results);
});

// ok: missing-role-check, missing-input-validation
team.put('/members/:userId/role', requireRole('owner'), zValidator('json', z.object({ role: z.enum(['owner', 'editor']) })), async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE users SET role = ? WHERE id = ? AND workspace_id = ?').bind(c.req.valid('json').role, c.req.param('userId'), wid).run();
  return c.body(null, 204);
});

// removing a member: any editor can remove anyone in the workspace
// expect: missing-role-check
team.delete('/members/:userId', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('DELETE FROM users WHERE id = ? AND workspace_id = ?').bind(c.req.param('userId'), wid).run();
  return c.body(null, 204);
});

export default team;
