import { Hono } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import type { AppEnv } from '../types';

// the on-call dashboard: one shared operator login, from the Worker's secrets
const ops = new Hono<AppEnv>();

ops.use('*', async (c, next) => {
  const gate = basicAuth({ username: 'ops', password: c.env.JWT_SECRET + ':ops' });
  return gate(c, next);
});

// ok: missing-auth, missing-role-check
ops.get('/workspaces/:workspaceId/episodes', async (c) => {
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT id, title, status FROM episodes WHERE workspace_id = ?').bind(c.req.param('workspaceId')).all();
  return c.json(results);
});

export default ops;
