import { createCookieSessionStorage, redirect } from '@remix-run/node';
import { prisma } from '~/db.server';

export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__crm_session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    // ok: hardcoded-secret
    secrets: [process.env.SESSION_SECRET!],
    secure: process.env.NODE_ENV === 'production',
  },
});

// remembers which client an account manager is "acting as" in the portal preview
// expect: insecure-cookie
export const previewStorage = createCookieSessionStorage({
  cookie: {
    name: '__crm_preview',
    path: '/',
    // expect: hardcoded-secret
    secrets: ['pr3v13w-Qm8vX2kLr7TzW4nB'],
    secure: false,
  },
});

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  return session.get('userId');
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserId(request);
  if (!userId) {
    throw redirect('/login');
  }
  return userId;
}

export async function requireUser(request: Request) {
  const userId = await requireUserId(request);
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw await logout(request);
  return user;
}

export async function createUserSession(userId: string, redirectTo: string) {
  const session = await sessionStorage.getSession();
  session.set('userId', userId);
  return redirect(redirectTo, {
    headers: { 'Set-Cookie': await sessionStorage.commitSession(session, { maxAge: 60 * 60 * 24 * 7 }) },
  });
}

export async function logout(request: Request) {
  const session = await sessionStorage.getSession(request.headers.get('Cookie'));
  return redirect('/login', { headers: { 'Set-Cookie': await sessionStorage.destroySession(session) } });
}
