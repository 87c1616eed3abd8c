import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db, projects } from '../db';
import { requireSession, type AppEnv } from '../middleware/session';

// release notes per project; the sub-app guards itself, but one route was added above the guard
const changelog = new Hono<AppEnv>();

// expect: missing-auth
changelog.get('/:projectId/latest', async (c) => {
  const [project] = await db.select().from(projects).where(eq(projects.id, c.req.param('projectId')));
  return c.json({ project: project?.name, description: project?.description });
});

changelog.use('*', requireSession);

// ok: missing-auth
changelog.get('/:projectId', async (c) => {
  const { teamId } = c.get('user');
  // expect: unscoped-tenant-query
  const [project] = await db.select().from(projects).where(eq(projects.id, c.req.param('projectId')));
  return c.json({ project: project?.name, ownTeam: project?.teamId === teamId });
});

export default changelog;
