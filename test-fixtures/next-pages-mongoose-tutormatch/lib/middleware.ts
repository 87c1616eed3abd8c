import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from './auth';

export interface AuthedRequest extends NextApiRequest {
  user: Session['user'];
}

// next-connect middleware: rejects anonymous callers, hangs the session user on the request
export async function requireSession(req: AuthedRequest, res: NextApiResponse, next: () => Promise<void>) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    res.status(401).json({ error: 'Unauthorized' });
    return;
  }
  req.user = session.user;
  return next();
}
