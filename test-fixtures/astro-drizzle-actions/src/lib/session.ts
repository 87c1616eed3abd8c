import type { APIContext } from 'astro';
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from '../db';
import { sessions, users } from '../db/schema';

const DAY = 1000 * 60 * 60 * 24;
export const SESSION_COOKIE = 'session';

export function generateSessionToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

const idOf = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

export async function createSession(token: string, userId: string) {
  const session = { id: idOf(token), userId, expiresAt: new Date(Date.now() + DAY * 30) };
  await db.insert(sessions).values(session);
  return session;
}

export async function validateSessionToken(token: string) {
  const [row] = await db
    .select({ session: sessions, user: { id: users.id, email: users.email, role: users.role, workspaceId: users.workspaceId } })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, idOf(token)));
  if (!row || row.session.expiresAt.getTime() <= Date.now()) return { session: null, user: null };
  return row;
}

export async function invalidateSession(sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export function setSessionTokenCookie(context: APIContext, token: string, expiresAt: Date) {
  // ok: insecure-cookie
  context.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: import.meta.env.PROD,
    expires: expiresAt,
    path: '/',
  });
}
