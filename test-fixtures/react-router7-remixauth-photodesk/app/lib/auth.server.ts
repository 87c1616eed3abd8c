import { redirect } from 'react-router';
import { Authenticator } from 'remix-auth';
import { FormStrategy } from 'remix-auth-form';
import bcrypt from 'bcryptjs';
import { prisma } from './db.server';
import { getSession } from './session.server';

export type SessionUser = { id: string; workspaceId: string; role: string };

export const authenticator = new Authenticator<SessionUser>();

authenticator.use(
  new FormStrategy(async ({ form }) => {
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new Error('Invalid email or password');
    }
    return { id: user.id, workspaceId: user.workspaceId, role: user.role };
  }),
  'user-pass',
);

export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const session = await getSession(request.headers.get('Cookie'));
  return (session.get('user') as SessionUser | undefined) ?? null;
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname)}`);
  }
  return user;
}

export async function requireUserId(request: Request): Promise<string> {
  const user = await requireUser(request);
  return user.id;
}

export async function requireAdmin(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (user.role !== 'admin') {
    throw new Response('Forbidden', { status: 403 });
  }
  return user;
}
