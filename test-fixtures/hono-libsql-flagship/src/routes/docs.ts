import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { db, projects } from '../db';
import { auth, signedIn } from '../middleware/auth';
import type { AppEnv } from '../middleware/session';

// project docs pages: readable signed-in, editable by the team
const docs = new Hono<AppEnv>();
docs.use('*', auth({ optional: true }));

// expect: missing-auth
docs.delete('/:projectId/description', async (c) => {
  await db.update(projects).set({ description: null }).where(eq(projects.id, c.req.param('projectId')));
  return c.body(null, 204);
});

// ok: missing-auth
docs.get('/:projectId', signedIn, async (c) => {
  // ok: unscoped-tenant-query
  const [project] = await db.select().from(projects).where(and(eq(projects.id, c.req.param('projectId')), eq(projects.teamId, c.get('user').teamId)));
  return c.json(project ?? null);
});

export default docs;
