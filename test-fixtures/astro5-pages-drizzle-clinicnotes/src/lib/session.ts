import { eq } from 'drizzle-orm';
import { db } from '../db';
import { sessions, users } from '../db/schema';

export const SESSION_COOKIE = 'cn_session';

export async function userForSession(sessionId: string) {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!row || row.expiresAt < new Date()) return null;
  return row.user;
}

export async function createSession(userId: string) {
  const id = crypto.randomUUID();
  await db.insert(sessions).values({ id, userId, expiresAt: new Date(Date.now() + 1000 * 60 * 60 * 24 * 7) });
  return id;
}
