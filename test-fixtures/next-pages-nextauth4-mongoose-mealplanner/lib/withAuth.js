import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth';
import dbConnect from './mongodb';

export function withAuth(handler) {
  return async (req, res) => {
    const session = await getServerSession(req, res, authOptions);
    if (!session) return res.status(401).json({ error: 'Unauthorized' });
    await dbConnect();
    return handler(req, res, session);
  };
}

export function withRole(roles, handler) {
  return withAuth(async (req, res, session) => {
    if (!roles.includes(session.user.role)) return res.status(403).json({ error: 'Forbidden' });
    return handler(req, res, session);
  });
}
