import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { notFound, redirect } from 'next/navigation';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

export const SESSION_COOKIE = 'portal_session';
const SESSION_TTL_SECONDS = 60 * 60 * 24 * 7;
const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export interface Session extends JWTPayload {
  userId: number;
  clientId: number | null;
  role: 'client' | 'staff';
}

export async function signSession(data: Pick<Session, 'userId' | 'clientId' | 'role'>): Promise<string> {
  return new SignJWT({ ...data })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${SESSION_TTL_SECONDS}s`)
    .sign(key);
}

// Memoized per request: layouts, pages and actions all ask for it.
export const getSession = cache(async (): Promise<Session | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify<Session>(token, key, { algorithms: ['HS256'] });
    return payload;
  } catch (err) {
    // ok: token-logging
    console.warn('[session] rejected portal cookie:', (err as { code?: string }).code ?? 'unknown');
    return null;
  }
});

export async function createSession(data: Pick<Session, 'userId' | 'clientId' | 'role'>): Promise<void> {
  const token = await signSession(data);
  const store = await cookies();
  // ok: insecure-cookie
  store.set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_TTL_SECONDS,
  });
}

export async function destroySession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

type AuthedHandler<Ctx> = (req: NextRequest, ctx: Ctx, session: Session) => Promise<Response>;

/** Wraps a route handler: answers 401 without a valid portal session. */
export function withSession<Ctx>(handler: AuthedHandler<Ctx>) {
  return async (req: NextRequest, ctx: Ctx): Promise<Response> => {
    const session = await getSession();
    if (!session) {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
    }
    return handler(req, ctx, session);
  };
}

/** For agency-only screens and endpoints: clients get a 404, as if the page did not exist. */
export async function requireStaff(): Promise<Session> {
  const session = await getSession();
  if (!session) redirect('/login');
  if (session.role !== 'staff') notFound();
  return session;
}
