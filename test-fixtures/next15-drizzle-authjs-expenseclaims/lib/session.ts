import { redirect } from 'next/navigation';
import { auth } from '@/auth';

export type SessionUser = { id: string; orgId: string; role: 'owner' | 'admin' | 'approver' | 'member'; email: string };

/** For route handlers: null when nobody is signed in. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return session.user as SessionUser;
}

/** For server actions and pages: sends anonymous visitors to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');
  return session.user as SessionUser;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== 'owner' && user.role !== 'admin') {
    throw new Error('Forbidden');
  }
  return user;
}

export function unauthorized() {
  return Response.json({ error: 'Unauthorized' }, { status: 401 });
}
