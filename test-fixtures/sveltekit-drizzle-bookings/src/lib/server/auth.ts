import { redirect, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { db } from './db';
import * as table from './db/schema';

const DAY_IN_MS = 1000 * 60 * 60 * 24;

export const sessionCookieName = 'auth-session';

export type Session = table.Session;
export type SessionUser = Pick<table.User, 'id' | 'email' | 'role' | 'studioId'>;

export function generateSessionToken() {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return encodeBase32LowerCaseNoPadding(bytes);
}

function sessionIdOf(token: string) {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(token: string, userId: string) {
  const session: Session = { id: sessionIdOf(token), userId, expiresAt: new Date(Date.now() + DAY_IN_MS * 30) };
  await db.insert(table.sessions).values(session);
  return session;
}

export async function validateSessionToken(token: string) {
  const [result] = await db
    .select({
      user: { id: table.users.id, email: table.users.email, role: table.users.role, studioId: table.users.studioId },
      session: table.sessions,
    })
    .from(table.sessions)
    .innerJoin(table.users, eq(table.sessions.userId, table.users.id))
    .where(eq(table.sessions.id, sessionIdOf(token)));

  if (!result) return { session: null, user: null };
  const { session, user } = result;

  if (Date.now() >= session.expiresAt.getTime()) {
    await db.delete(table.sessions).where(eq(table.sessions.id, session.id));
    return { session: null, user: null };
  }
  // slide the expiry forward when less than half of it is left
  if (Date.now() >= session.expiresAt.getTime() - DAY_IN_MS * 15) {
    session.expiresAt = new Date(Date.now() + DAY_IN_MS * 30);
    await db.update(table.sessions).set({ expiresAt: session.expiresAt }).where(eq(table.sessions.id, session.id));
  }
  return { session, user };
}

export async function invalidateSession(sessionId: string) {
  await db.delete(table.sessions).where(eq(table.sessions.id, sessionId));
}

export function setSessionTokenCookie(event: RequestEvent, token: string, expiresAt: Date) {
  // ok: insecure-cookie
  event.cookies.set(sessionCookieName, token, { expires: expiresAt, path: '/', httpOnly: true, sameSite: 'lax' });
}

export function deleteSessionTokenCookie(event: RequestEvent) {
  event.cookies.delete(sessionCookieName, { path: '/' });
}

/** The signed-in user; anonymous visitors are sent to the login page. */
export function requireLogin(event: RequestEvent) {
  if (!event.locals.user) redirect(302, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  return event.locals.user;
}
