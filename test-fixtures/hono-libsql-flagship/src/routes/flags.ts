import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { nanoid } from 'nanoid';
import { db, flags } from '../db';
import type { AppEnv } from '../middleware/session';
import { getProjectForTeam } from '../lib/projects';

// mounted under /api after app.use('/api/*', requireSession) in index.ts
const app = new Hono<AppEnv>();

app.get('/projects/:projectId/flags', async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('projectId'));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(flags).where(eq(flags.projectId, project.id));
  return c.json(rows);
});

// expect: missing-input-validation
app.post('/projects/:projectId/flags', async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('projectId'));
  const body = await c.req.json();
  const id = nanoid();
  await db.insert(flags).values({ id, teamId: user.teamId, projectId: project.id, key: body.key, enabled: body.enabled, rules: body.rules });
  return c.json({ id }, 201);
});

const toggleInput = z.object({ enabled: z.boolean(), rolloutPercent: z.number().int().min(0).max(100) });

app.put('/flags/:flagId', zValidator('json', toggleInput), async (c) => {
  const user = c.get('user');
  // ok: unscoped-tenant-query
  const [flag] = await db.select().from(flags).where(eq(flags.id, c.req.param('flagId')));
  if (!flag || flag.teamId !== user.teamId) return c.json({ error: 'not found' }, 404);
  // ok: unscoped-tenant-query
  await db.update(flags).set(c.req.valid('json')).where(eq(flags.id, flag.id));
  return c.json({ ...flag, ...c.req.valid('json') });
});

app.delete('/flags/:flagId', async (c) => {
  // expect: unscoped-tenant-query
  await db.delete(flags).where(eq(flags.id, c.req.param('flagId')));
  return c.body(null, 204);
});

app.get('/flags/search', async (c) => {
  const { teamId } = c.get('user');
  const q = c.req.query('key') ?? '';
  // ok: unscoped-tenant-query
  const rows = await db.select().from(flags).where(and(eq(flags.teamId, teamId), eq(flags.key, q)));
  return c.json(rows);
});

export default app;
