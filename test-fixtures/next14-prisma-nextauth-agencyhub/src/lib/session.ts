import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from './auth';

export async function requireUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user) redirect('/login');
  return session.user;
}

export function isTeamAdmin(user: { role: string }) {
  return user.role === 'OWNER' || user.role === 'ADMIN';
}
