import { redirect } from '@remix-run/node';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, schema } from './db.server';
import { commitSession, getSession } from './sessions.server';

export type CurrentUser = typeof schema.users.$inferSelect;

export async function getUserId(request: Request) {
  const session = await getSession(request.headers.get('Cookie'));
  return session.get('userId') ?? null;
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const userId = await getUserId(request);
  if (!userId) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname)}`);
  }
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, userId) });
  if (!user) throw redirect('/login');
  return user;
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserId(request);
  if (!userId) throw redirect('/login');
  return userId;
}

export async function requireTeamOwner(request: Request) {
  const user = await requireUser(request);
  if (user.role !== 'owner') throw new Response('Only the team owner can do that', { status: 403 });
  return user;
}

export async function requireStaff(request: Request) {
  const user = await requireUser(request);
  if (!user.isStaff) throw new Response('Not found', { status: 404 });
  return user;
}

export async function verifyLogin(email: string, password: string) {
  const user = await db.query.users.findFirst({ where: eq(schema.users.email, email.toLowerCase()) });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return null;
  return user;
}

export async function createUserSession(user: CurrentUser, redirectTo: string) {
  const session = await getSession();
  session.set('userId', user.id);
  session.set('teamId', user.teamId);
  return redirect(redirectTo, { headers: { 'Set-Cookie': await commitSession(session) } });
}
