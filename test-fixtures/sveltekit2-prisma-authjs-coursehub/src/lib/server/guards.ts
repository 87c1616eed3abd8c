import { error, type RequestEvent } from '@sveltejs/kit';

export type SessionUser = { id: string; email: string; role: 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'; schoolId: string };

export async function requireUser(event: RequestEvent): Promise<SessionUser> {
  const session = await event.locals.auth();
  if (!session?.user) error(401, 'Sign in first');
  return session.user as unknown as SessionUser;
}

export async function requireInstructor(event: RequestEvent): Promise<SessionUser> {
  const user = await requireUser(event);
  if (user.role !== 'INSTRUCTOR' && user.role !== 'ADMIN') error(403, 'Instructors only');
  return user;
}

export async function currentUser(event: RequestEvent): Promise<SessionUser | null> {
  const session = await event.locals.auth();
  return (session?.user as unknown as SessionUser) ?? null;
}
