import type { Cookies } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { eq } from 'drizzle-orm';
import { db, sessions, users } from './db';

export const SESSION_COOKIE = 'vh_session';
const THIRTY_DAYS = 30 * 24 * 3600;

export async function validateSession(id: string): Promise<App.Locals['user']> {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, id));
  if (!row || row.expiresAt < new Date()) return null;
  const { id: userId, teamId, role, email, name } = row.user;
  return { id: userId, teamId, role, email, name };
}

export async function startSession(cookies: Cookies, userId: string) {
  const id = crypto.randomUUID() + crypto.randomUUID();
  await db.insert(sessions).values({ id, userId, expiresAt: new Date(Date.now() + THIRTY_DAYS * 1000) });
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', secure: !dev, maxAge: THIRTY_DAYS });
}
