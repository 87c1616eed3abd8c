import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { db } from './db';

export const SESSION_COOKIE = 'buyflow_session';
const DAY_MS = 1000 * 60 * 60 * 24;

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  organizationId: string;
  role: 'requester' | 'approver' | 'org_admin';
  isPlatformAdmin: boolean;
};

export function generateSessionToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return encodeBase32LowerCaseNoPadding(bytes);
}

export async function createSession(token: string, userId: string) {
  const id = encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
  const session = { id, user_id: userId, expires_at: new Date(Date.now() + 30 * DAY_MS) };
  await db.insertInto('sessions').values(session).execute();
  return session;
}

export async function validateSessionToken(token: string): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const sessionId = encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id as sessionId', 'sessions.expires_at', 'users.id', 'users.email', 'users.name', 'users.organization_id', 'users.role', 'users.is_platform_admin'])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return null;
  if (Date.now() >= row.expires_at.getTime()) {
    await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
    return null;
  }
  return {
    expiresAt: row.expires_at,
    user: { id: row.id, email: row.email, name: row.name, organizationId: row.organization_id, role: row.role, isPlatformAdmin: row.is_platform_admin },
  };
}

export async function invalidateSession(token: string) {
  const sessionId = encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export function setSessionTokenCookie(cookies: Cookies, token: string, expiresAt: Date) {
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', expires: expiresAt, path: '/' });
}

export function requireUser(event: Pick<RequestEvent, 'locals'>): SessionUser {
  const user = event.locals.user;
  if (!user) {
    error(401, 'Unauthorized');
  }
  return user;
}
