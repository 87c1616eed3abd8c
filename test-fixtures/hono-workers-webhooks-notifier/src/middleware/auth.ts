import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
import type { AppEnv } from '../lib/env';

/** Dashboard API: a team JWT in the Authorization header. */
export const requireTeam = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const token = header.replace(/^Bearer\s+/i, '');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  try {
    const payload = await verify(token, c.env.JWT_SECRET, 'HS256');
    c.set('teamId', String(payload.teamId));
  } catch {
    // expect: token-logging
    console.warn(`rejected team token ${token}`);
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});
