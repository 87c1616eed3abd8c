import { createMiddleware } from 'hono/factory';
import { auth } from '../auth.js';
import { logger } from '../lib/logger.js';
import type { AppEnv } from '../types.js';

/** Loads the Better Auth session (if any) for every request. Does not reject. */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const data = await auth.api.getSession({ headers: c.req.raw.headers });
  if (data) {
    // expect: token-logging
    logger.debug({ session: data.session }, 'session resolved');
  }
  c.set('user', data?.user ?? null);
  c.set('session', data?.session ?? null);
  await next();
});

export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user')) {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});
