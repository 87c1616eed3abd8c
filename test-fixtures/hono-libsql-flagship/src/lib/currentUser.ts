import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { and, eq, gt } from 'drizzle-orm';
import { db, sessions, users } from '../db';
import { SESSION_COOKIE } from '../middleware/session';

// for handlers mounted outside /api that still need to know who is calling
export async function currentUser(c: Context) {
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid) return null;
  const [row] = await db
    .select({ id: users.id, teamId: users.teamId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sid), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}
