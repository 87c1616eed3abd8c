import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { eq } from 'drizzle-orm';
import { db, sessions, users } from '../db';
import { SESSION_COOKIE, type AppEnv } from './session';

// one middleware for pages that need a user and pages that merely show more when there is one
export const auth = (opts: { optional?: boolean } = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const sid = getCookie(c, SESSION_COOKIE);
    const [row] = sid
      ? await db.select({ id: users.id, teamId: users.teamId, email: users.email, role: users.role, isStaff: users.isStaff }).from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(sessions.id, sid))
      : [];
    if (!row) {
      if (opts.optional) return next();
      return c.json({ error: 'unauthorized' }, 401);
    }
    c.set('user', row);
    await next();
  });

export const signedIn = createMiddleware<AppEnv>(async (c, next) => (c.get('user') ? next() : c.json({ error: 'unauthorized' }, 401)));
