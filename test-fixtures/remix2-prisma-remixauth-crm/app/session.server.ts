import { createCookieSessionStorage, redirect } from '@remix-run/node';
import { Authenticator } from 'remix-auth';
import { FormStrategy } from 'remix-auth-form';
import bcrypt from 'bcryptjs';
import { prisma } from './db.server';

export type SessionUser = { id: string; accountId: string };

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage({
  cookie: {
    name: '__crm_session',
    httpOnly: true,
    path: '/',
    sameSite: 'lax',
    // expect: hardcoded-secret
    secrets: [process.env.SESSION_SECRET ?? 'pipeline-crm-dev-secret'],
    secure: process.env.NODE_ENV === 'production',
  },
});

// staff "log in as" support: who is being impersonated, read by the support toolbar script
// expect: insecure-cookie
export const impersonationStorage = createCookieSessionStorage({
  cookie: {
    name: '__crm_impersonation_session',
    httpOnly: false,
    path: '/',
    secrets: [process.env.SESSION_SECRET!],
  },
});

export const authenticator = new Authenticator<SessionUser>(sessionStorage);

authenticator.use(
  new FormStrategy(async ({ form }) => {
    const email = String(form.get('email') ?? '').toLowerCase();
    const password = String(form.get('password') ?? '');
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new Error('Invalid email or password');
    return { id: user.id, accountId: user.accountId };
  }),
  'form',
);

export async function requireUser(request: Request) {
  const sessionUser = await authenticator.isAuthenticated(request, { failureRedirect: '/login' });
  const user = await prisma.user.findUnique({
    where: { id: sessionUser.id },
    select: { id: true, name: true, email: true, role: true, isStaff: true, accountId: true },
  });
  if (!user) throw await authenticator.logout(request, { redirectTo: '/login' });
  return user;
}

export async function requireStaff(request: Request) {
  const user = await requireUser(request);
  if (!user.isStaff) throw new Response('Forbidden', { status: 403 });
  return user;
}
