import type { CookieOptions, Request } from 'express';
import jwt from 'jsonwebtoken';

export const SESSION_COOKIE = 'sid';
const SESSION_TTL_SECONDS = 8 * 60 * 60;

export interface Session {
  userId: string;
  companyId: string;
  version: number;
}

function sessionSecret(): string {
  const secret = process.env.SESSION_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('SESSION_SECRET must be set to at least 32 characters');
  }
  return secret;
}

export const clearSessionCookieOptions: CookieOptions = {
  httpOnly: true,
  secure: process.env.NODE_ENV !== 'development',
  sameSite: 'strict',
  path: '/',
};

export const sessionCookieOptions: CookieOptions = {
  ...clearSessionCookieOptions,
  maxAge: SESSION_TTL_SECONDS * 1000,
};

export function issueSession(user: { id: string; companyId: string; sessionVersion: number }): string {
  return jwt.sign({ cid: user.companyId, ver: user.sessionVersion }, sessionSecret(), {
    subject: user.id,
    expiresIn: SESSION_TTL_SECONDS,
    algorithm: 'HS256',
  });
}

function readToken(req: Request): string | undefined {
  const cookie: unknown = req.cookies?.[SESSION_COOKIE];
  if (typeof cookie === 'string' && cookie.length > 0) return cookie;
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return undefined;
}

/** Returns the verified session for this request, or null when there is none. */
export function getSession(req: Request): Session | null {
  const token = readToken(req);
  if (!token) return null;
  try {
    const payload = jwt.verify(token, sessionSecret(), { algorithms: ['HS256'] });
    if (typeof payload === 'string' || typeof payload.sub !== 'string') return null;
    if (typeof payload.cid !== 'string' || typeof payload.ver !== 'number') return null;
    return { userId: payload.sub, companyId: payload.cid, version: payload.ver };
  } catch (err) {
    // expect: token-logging
    console.warn(`rejected session token ${token}: ${(err as Error).message}`);
    return null;
  }
}
