import { Hono } from 'hono';
import { sign, jwt } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { db, flags } from '../db';
import type { AppEnv } from '../middleware/session';
import { getProjectForTeam } from '../lib/projects';

// expect: insecure-jwt
const EMBED_SECRET = process.env.EMBED_JWT_SECRET ?? 'flagship-embed-dev';

// mounted under /api (session required): a signed-in user gets a read-only embed token
export const embedTokens = new Hono<AppEnv>();

// ok: missing-rate-limit, missing-auth
embedTokens.post('/projects/:projectId/embed-token', async (c) => {
  const user = c.get('user');
  const project = await getProjectForTeam(user.teamId, c.req.param('projectId'));
  const token = await sign({ projectId: project.id, teamId: user.teamId, exp: Math.floor(Date.now() / 1000) + 3600 }, EMBED_SECRET);
  return c.json({ token });
});

// serve: the status widget other sites embed, authenticated by that token
export const embed = new Hono<{ Variables: { jwtPayload: { projectId: string; teamId: string } } }>();
embed.use('*', jwt({ secret: EMBED_SECRET }));

// ok: missing-auth
embed.get('/flags', async (c) => {
  const { projectId, teamId } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const rows = await db.select({ key: flags.key, enabled: flags.enabled }).from(flags).where(and(eq(flags.projectId, projectId), eq(flags.teamId, teamId)));
  return c.json(rows);
});
