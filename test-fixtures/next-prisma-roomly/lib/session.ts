import { getServerSession } from 'next-auth';
import { authOptions } from './auth';

export async function requireUser() {
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    throw new Response('Unauthorized', { status: 401 });
  }
  return session.user as { id: string; email: string; role: string; workspaceId: string };
}
