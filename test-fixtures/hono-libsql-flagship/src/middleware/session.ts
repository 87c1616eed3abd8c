import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { and, eq, gt } from 'drizzle-orm';
import { db, sessions, users } from '../db';

export type SessionUser = {
  id: string;
  teamId: string;
  email: string;
  role: 'owner' | 'admin' | 'member';
  isStaff: boolean;
};

export type AppEnv = { Variables: { user: SessionUser } };

export const SESSION_COOKIE = 'flagship_session';

export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid) return c.json({ error: 'unauthorized' }, 401);
  const [row] = await db
    .select({ id: users.id, teamId: users.teamId, email: users.email, role: users.role, isStaff: users.isStaff })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sid), gt(sessions.expiresAt, new Date())));
  if (!row) return c.json({ error: 'unauthorized' }, 401);
  c.set('user', row);
  await next();
});

export const requireRole = (...roles: SessionUser['role'][]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    if (!roles.includes(user.role)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });

export const staffOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user').isStaff) return c.json({ error: 'forbidden' }, 403);
  await next();
});
