import { redirect } from 'next/navigation';
import { auth } from '@/auth';

export type TeamSession = { userId: string; teamId: string; role: 'OWNER' | 'ADMIN' | 'MEMBER' };

// Every dashboard action starts here: no session, no data.
export async function requireTeamSession(): Promise<TeamSession> {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');
  return { userId: session.user.id, teamId: session.user.teamId, role: session.user.role };
}

export function isTeamAdmin(s: TeamSession) {
  return s.role === 'OWNER' || s.role === 'ADMIN';
}
