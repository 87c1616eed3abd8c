import { createCookie, createCookieSessionStorage, redirect } from '@remix-run/node';
import { prisma } from './db.server';

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__punchlist',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    secrets: [process.env.SESSION_SECRET!],
    secure: process.env.NODE_ENV === 'production',
    maxAge: 60 * 60 * 24 * 14,
  },
});

// long-lived "keep me signed in" token, exchanged for a session on the next visit
// expect: insecure-cookie
export const rememberMeCookie = createCookie('remember_token', {
  maxAge: 60 * 60 * 24 * 30,
  secrets: [process.env.SESSION_SECRET!],
});

// ok: insecure-cookie
export const themeCookie = createCookie('theme', { maxAge: 60 * 60 * 24 * 365 });

export async function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get('Cookie'));
}

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await getSession(request);
  return session.get('userId');
}

export async function requireUserId(request: Request, redirectTo = new URL(request.url).pathname) {
  const userId = await getUserId(request);
  if (!userId) {
    const search = new URLSearchParams([['redirectTo', redirectTo]]);
    throw redirect(`/login?${search}`);
  }
  return userId;
}

export async function requireUser(request: Request) {
  const userId = await requireUserId(request);
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, organizationId: true },
  });
  if (!user) {
    // expect: token-logging
    console.warn('stale session, logging out', request.headers.get('Cookie'));
    throw await logout(request);
  }
  return user;
}

export async function requireAdmin(request: Request) {
  const user = await requireUser(request);
  if (user.role !== 'admin') {
    throw new Response('Forbidden', { status: 403 });
  }
  return user;
}

export async function logout(request: Request) {
  const session = await getSession(request);
  return redirect('/login', { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
}
