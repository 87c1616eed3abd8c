import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { workspaces } from '../db/schema';
import type { AppEnv } from '../types';

export const billing = new Hono<AppEnv>();

// expect: missing-auth
billing.get('/:workspaceId/plan', async (c) => {
  // ok: unscoped-tenant-query
  const [ws] = await c.get('db').select({ plan: workspaces.plan, name: workspaces.name }).from(workspaces).where(eq(workspaces.id, c.req.param('workspaceId')));
  return ws ? c.json(ws) : c.json({ error: 'not found' }, 404);
});

// expect: missing-auth
billing.post('/:workspaceId/downgrade', async (c) => {
  await c.get('db').update(workspaces).set({ plan: 'free' }).where(eq(workspaces.id, c.req.param('workspaceId')));
  return c.json({ ok: true });
});
