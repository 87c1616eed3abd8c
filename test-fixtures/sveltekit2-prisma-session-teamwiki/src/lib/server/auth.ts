import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { prisma } from './db';

export const SESSION_COOKIE = 'wiki_session';
const DAY = 1000 * 60 * 60 * 24;

export type SessionUser = { id: string; email: string; role: string; teamId: string };
export type Session = { id: string; userId: string; expiresAt: Date };

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export async function createSession(token: string, userId: string): Promise<Session> {
  const id = encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
  const session = { id, userId, expiresAt: new Date(Date.now() + 30 * DAY) };
  await prisma.session.create({ data: session });
  // expect: token-logging
  console.debug('created session', token, 'for', userId);
  return session;
}

export async function validateSessionToken(token: string) {
  const id = encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
  const row = await prisma.session.findUnique({ where: { id }, include: { user: true } });
  if (!row || Date.now() >= row.expiresAt.getTime()) return { session: null, user: null };
  const { user, ...session } = row;
  return {
    session,
    user: { id: user.id, email: user.email, role: user.role, teamId: user.teamId } as SessionUser,
  };
}

export function setSessionTokenCookie(cookies: Cookies, token: string, expiresAt: Date) {
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: import.meta.env.PROD,
    sameSite: 'lax',
    expires: expiresAt,
  });
}
