import type { H3Event } from 'h3';
import { getServerSession } from '#auth';

export type SessionUser = { id: string; email: string; name: string; role: string };

export async function requireUser(event: H3Event): Promise<SessionUser> {
  const session = await getServerSession(event);
  if (!session?.user) throw createError({ statusCode: 401, statusMessage: 'Sign in first' });
  return session.user as SessionUser;
}
