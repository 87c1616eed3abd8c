import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from './auth';

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

const ROLE_RANK = { member: 0, admin: 1, owner: 2 } as const;

export function withRole(minRole: keyof typeof ROLE_RANK, handler: AuthedHandler) {
  return withAuth(async (req, res, session) => {
    if (ROLE_RANK[session.user.role] < ROLE_RANK[minRole]) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return handler(req, res, session);
  });
}
