import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { every } from 'hono/combine';
import { setSignedCookie, getSignedCookie } from 'hono/cookie';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { nanoid } from 'nanoid';
import { db, flags, projects } from '../db';
import { requireSession, requireRole, type AppEnv } from '../middleware/session';

// audience segments and per-user dashboard preferences; mounted at /api/segments (after the app-level session check)
const factory = createFactory<AppEnv>();
const segments = new Hono<AppEnv>();

// ok: missing-auth
segments.get('/flags', async (c) => {
  const projectId = c.req.query('projectId') ?? '';
  // expect: unscoped-tenant-query
  const rows = await db.select().from(flags).where(eq(flags.projectId, projectId));
  return c.json(rows);
});

segments.get('/flags/:flagId', async (c) => {
  // expect: unscoped-tenant-query
  const flag = await db.query.flags.findFirst({ where: eq(flags.id, c.req.param('flagId')) });
  return flag ? c.json(flag) : c.json({ error: 'not found' }, 404);
});

segments.get('/projects', async (c) => {
  const { teamId } = c.get('user');
  // ok: unscoped-tenant-query
  const rows = await db.query.projects.findMany({ where: (p, { eq }) => eq(p.teamId, teamId), columns: { id: true, name: true } });
  return c.json(rows);
});

const ruleInput = z.object({ attribute: z.string().max(40), op: z.enum(['eq', 'in', 'gt']), value: z.string().max(200) });

// ok: missing-input-validation, missing-role-check
segments.post(
  '/flags/:flagId/rules',
  ...factory.createHandlers(every(requireSession, requireRole('owner', 'admin')), zValidator('json', ruleInput), async (c) => {
    const user = c.get('user');
    // ok: unscoped-tenant-query
    const [flag] = await db.select().from(flags).where(and(eq(flags.id, c.req.param('flagId')), eq(flags.teamId, user.teamId)));
    if (!flag) return c.json({ error: 'not found' }, 404);
    const rules = [...((flag.rules as unknown[]) ?? []), { id: nanoid(8), ...c.req.valid('json') }];
    // ok: unscoped-tenant-query
    await db.update(flags).set({ rules }).where(eq(flags.id, flag.id));
    return c.json({ rules });
  }),
);

// expect: missing-input-validation
segments.put('/projects/:id/description', async (c) => {
  const { teamId } = c.get('user');
  const form = await c.req.parseBody();
  // ok: unscoped-tenant-query
  await db.update(projects).set({ description: String(form['description'] ?? '') }).where(and(eq(projects.id, c.req.param('id')), eq(projects.teamId, teamId)));
  return c.body(null, 204);
});

segments.post('/preferences', zValidator('json', z.object({ compact: z.boolean() })), async (c) => {
  const prefs = JSON.stringify(c.req.valid('json'));
  // expect: hardcoded-secret
  await setSignedCookie(c, 'prefs_session', prefs, 'flagship-prefs-cookie-secret', { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  return c.body(null, 204);
});

segments.get('/preferences', async (c) => {
  const prefs = await getSignedCookie(c, process.env.PREFS_COOKIE_SECRET!, 'prefs_session');
  return c.json(prefs ? JSON.parse(prefs) : { compact: false });
});

export default segments;
