import { redirect } from 'react-router';
import { eq } from 'drizzle-orm';
import { db, schema } from './db/client.server';
import { getSession } from './sessions.server';

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await getSession(request.headers.get('Cookie'));
  return session.get('userId');
}

export async function requireUserId(request: Request): Promise<string> {
  const userId = await getUserId(request);
  if (!userId) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname)}`);
  }
  return userId;
}

export async function requireUser(request: Request) {
  const userId = await requireUserId(request);
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, userId) });
  if (!user) throw redirect('/login');
  return user;
}

export async function requireAdmin(request: Request) {
  const user = await requireUser(request);
  if (user.role !== 'admin') {
    throw new Response('Forbidden', { status: 403 });
  }
  return user;
}
