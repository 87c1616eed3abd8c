import { createRouter } from 'next-connect';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './auth';
import dbConnect from './mongodb';

export const authed = (handler) => async (req, res) => {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  await dbConnect();
  return handler(req, res, session.user);
};

export async function requireSession(req, res, next) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  req.user = session.user;
  await dbConnect();
  return next();
}

export function apiRouter() {
  return createRouter();
}
