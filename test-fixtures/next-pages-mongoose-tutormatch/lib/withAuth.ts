import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from './auth';
import type { Role } from '@/types/next-auth';

export type AuthedHandler = (req: NextApiRequest, res: NextApiResponse, session: Session) => unknown | Promise<unknown>;

export function withAuth(handler: AuthedHandler) {
  return async (req: NextApiRequest, res: NextApiResponse) => {
    const session = await getServerSession(req, res, authOptions);
    if (!session?.user) {
      return res.status(401).json({ error: 'Unauthorized' });
    }
    return handler(req, res, session);
  };
}

export function withRole(roles: Role[], handler: AuthedHandler) {
  return withAuth(async (req, res, session) => {
    if (!roles.includes(session.user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return handler(req, res, session);
  });
}
