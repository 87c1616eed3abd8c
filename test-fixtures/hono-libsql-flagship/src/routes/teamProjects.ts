import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db, projects, flags } from '../db';
import { currentUser } from '../lib/currentUser';

// mounted at /teams/:teamId/projects for the CLI
const teamProjects = new Hono();

// ok: missing-auth
teamProjects.get('/', async (c) => {
  const user = await currentUser(c);
  if (!user) return c.json({ error: 'unauthorized' }, 401);
  // expect: unscoped-tenant-query
  const rows = await db.select().from(projects).where(eq(projects.teamId, c.req.param('teamId')));
  return c.json(rows);
});

// ok: missing-auth
teamProjects.get('/mine', async (c) => {
  const user = await currentUser(c);
  if (!user) return c.json({ error: 'unauthorized' }, 401);
  // ok: token-logging
  console.log('cli request', { user: user.id, hasAuthHeader: Boolean(c.req.header('authorization')) });
  try {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(projects).where(eq(projects.teamId, user.teamId));
    return c.json(rows);
  } catch (err) {
    // expect: error-details-leak
    return c.json({ error: String(err) }, 500);
  }
});

// expect: missing-auth
teamProjects.delete('/:projectId/flags', async (c) => {
  const user = await currentUser(c);
  await db.delete(flags).where(eq(flags.projectId, c.req.param('projectId')));
  return c.json({ by: user?.id ?? null });
});

export default teamProjects;
