import { Hono } from 'hono';
import { decode } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { db, projects, flags } from '../db';
import type { AppEnv } from '../middleware/session';
import { getProjectForTeam } from '../lib/projects';

// mounted at /api/cross (behind the app-level session check): views a support engineer opens with a team picked
const cross = new Hono<AppEnv>();

cross.get('/projects', async (c) => {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(projects).where(eq(projects.teamId, c.req.header('x-team-id') ?? ''));
  return c.json(rows);
});

cross.get('/flags', async (c) => {
  const user = c.get('user');
  const teamId = c.req.query('teamId') ?? user.teamId;
  // expect: unscoped-tenant-query
  const rows = await db.select().from(flags).where(eq(flags.teamId, teamId));
  return c.json(rows);
});

cross.get('/projects/:id/flags', async (c) => {
  const project = await getProjectForTeam(c.get('user').teamId, c.req.param('id'));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(flags).where(and(eq(flags.projectId, project.id), eq(flags.enabled, true)));
  return c.json(rows);
});

// the desktop app sends its embed token to preview flags
cross.get('/preview', async (c) => {
  const token = c.req.header('x-embed-token') ?? '';
  // expect: insecure-jwt
  const { payload } = decode(token);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(flags).where(and(eq(flags.projectId, String(payload.projectId)), eq(flags.teamId, c.get('user').teamId)));
  return c.json(rows);
});

cross.post('/flags/lookup', async (c) => {
  const { ids } = (await c.req.json()) as { ids: string[] };
  const rows = await Promise.all(
    // expect: unscoped-tenant-query
    ids.slice(0, 50).map((id) => db.select().from(flags).where(eq(flags.id, id))),
  );
  return c.json(rows.flat());
});

export default cross;
