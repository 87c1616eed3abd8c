import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { nanoid } from 'nanoid';
import { db, projects, flags } from '../db';
import { requireSession, requireRole, type AppEnv } from '../middleware/session';
import { heavyLimiter } from '../middleware/limits';
import { getProjectForTeam } from '../lib/projects';

const projectInput = z.object({ key: z.string().regex(/^[a-z0-9-]{2,32}$/), name: z.string().min(1).max(80), description: z.string().max(500).optional() });

const app = new Hono<AppEnv>();
app.use('*', requireSession);

app.get('/', async (c) => {
  const user = c.get('user');
  // ok: unscoped-tenant-query
  const rows = await db.select().from(projects).where(eq(projects.teamId, user.teamId));
  return c.json(rows);
});

// ok: missing-input-validation
app.post('/', requireRole('owner', 'admin'), zValidator('json', projectInput), async (c) => {
  const user = c.get('user');
  const id = nanoid();
  await db.insert(projects).values({ id, teamId: user.teamId, ...c.req.valid('json') });
  return c.json({ id }, 201);
});

app.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const [project] = await db.select().from(projects).where(eq(projects.id, c.req.param('id')));
  if (!project) return c.json({ error: 'not found' }, 404);
  return c.json(project);
});

app.patch('/:id', zValidator('json', projectInput.partial()), async (c) => {
  const { teamId } = c.get('user');
  // ok: unscoped-tenant-query
  const [updated] = await db
    .update(projects)
    .set(c.req.valid('json'))
    .where(and(eq(projects.id, c.req.param('id')), eq(projects.teamId, teamId)))
    .returning();
  return updated ? c.json(updated) : c.json({ error: 'not found' }, 404);
});

app.delete('/:id', requireRole('owner'), async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('id'));
  // ok: unscoped-tenant-query
  await db.delete(flags).where(eq(flags.projectId, project.id));
  // ok: unscoped-tenant-query
  await db.delete(projects).where(eq(projects.id, project.id));
  return c.body(null, 204);
});

// expect: missing-rate-limit
app.get('/:id/export', async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('id'));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(flags).where(eq(flags.projectId, project.id));
  const csv = ['key,enabled,rollout', ...rows.map((f) => `${f.key},${f.enabled},${f.rolloutPercent}`)].join('\n');
  return c.body(csv, 200, { 'content-type': 'text/csv' });
});

// ok: missing-rate-limit, unrestricted-upload
app.post('/:id/import', heavyLimiter, async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('id'));
  const body = await c.req.parseBody();
  const file = body['file'];
  if (!(file instanceof File)) return c.json({ error: 'file required' }, 400);
  if (file.size > 512 * 1024) return c.json({ error: 'file too large' }, 413);
  if (file.type !== 'application/json') return c.json({ error: 'json only' }, 415);
  const parsed = z.array(z.object({ key: z.string().max(64), enabled: z.boolean() })).max(500).parse(JSON.parse(await file.text()));
  await db.insert(flags).values(parsed.map((f) => ({ id: nanoid(), teamId: user.teamId, projectId: project.id, key: f.key, enabled: f.enabled })));
  return c.json({ imported: parsed.length });
});

export default app;
