import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth';

export interface SessionUser {
  id: string;
  workspaceId: string;
  role: 'OWNER' | 'MEMBER';
}

/** The signed-in user, or null after answering 401. */
export async function requireUser(req: NextApiRequest, res: NextApiResponse): Promise<SessionUser | null> {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    res.status(401).json({ error: 'Not signed in' });
    return null;
  }
  return session.user as unknown as SessionUser;
}
