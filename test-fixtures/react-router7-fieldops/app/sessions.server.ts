import { createCookie, createCookieSessionStorage, redirect } from 'react-router';
import { eq } from 'drizzle-orm';
import { db, schema } from './db.server';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__fieldops_session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: process.env.NODE_ENV === 'production',
    // ok: hardcoded-secret
    secrets: [process.env.SESSION_SECRET!],
    maxAge: 60 * 60 * 12,
  },
});

// a cookie session storage is a session cookie, whatever it is named
// expect: insecure-cookie
export const flashStorage = createCookieSessionStorage({
  cookie: {
    name: '__flash',
    path: '/',
    // expect: hardcoded-secret
    secrets: ['fl4sh-fieldops-2025'],
  },
});

// expect: insecure-cookie
export const rememberCookie = createCookie('remember_token', { maxAge: 60 * 60 * 24 * 30, path: '/' });

export async function requireUser(request: Request) {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  const userId = session.get('userId') as string | undefined;
  if (!userId) throw redirect('/login');
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, userId) });
  if (!user) throw redirect('/login');
  return user;
}

export async function requireAdmin(request: Request) {
  const user = await requireUser(request);
  if (user.role !== 'admin') throw new Response('Forbidden', { status: 403 });
  return user;
}
