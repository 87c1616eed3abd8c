import { redirect } from 'react-router';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { getSession } from '~/session.server';

export async function getUserId(request: Request): Promise<string | undefined> {
  const session = await getSession(request.headers.get('Cookie'));
  return session.get('userId');
}

export async function requireUser(request: Request) {
  const userId = await getUserId(request);
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
