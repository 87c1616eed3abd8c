import { withIronSessionApiRoute } from 'iron-session/next';
import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';

export const sessionOptions = {
  cookieName: 'notes_session',
  password: process.env.SECRET_COOKIE_PASSWORD as string,
  cookieOptions: { secure: process.env.NODE_ENV === 'production' },
};

// the iron-session v6 example's helper: it only puts req.session on the request
export function withSessionRoute(handler: NextApiHandler) {
  return withIronSessionApiRoute(handler, sessionOptions);
}

export async function requireUser(req: NextApiRequest, res: NextApiResponse, next: () => void) {
  if (!req.session.user) return res.status(401).json({ message: 'Unauthorized' });
  next();
}
