import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { getIronSession, type SessionOptions } from 'iron-session';

export interface SessionUser {
  id: string;
  teamId: string;
  role: 'OWNER' | 'ADMIN' | 'MEMBER';
}

export interface AppSession {
  user?: SessionUser;
}

export type SessionRequest = NextApiRequest & { session: AppSession & { save(): Promise<void>; destroy(): void } };
export type AuthedRequest = SessionRequest & { user: SessionUser };

export const sessionOptions: SessionOptions = {
  cookieName: 'teamrota_session',
  // expect: hardcoded-secret
  password: process.env.SESSION_PASSWORD ?? 'complex_password_at_least_32_characters_long',
  cookieOptions: {
    secure: process.env.NODE_ENV === 'production',
    httpOnly: true,
    sameSite: 'lax',
  },
};

type SessionHandler = (req: SessionRequest, res: NextApiResponse) => unknown | Promise<unknown>;
type AuthedHandler = (req: AuthedRequest, res: NextApiResponse) => unknown | Promise<unknown>;

export function withSession(handler: SessionHandler): NextApiHandler {
  return async (req, res) => {
    const session = await getIronSession<AppSession>(req, res, sessionOptions);
    (req as SessionRequest).session = session;
    return handler(req as SessionRequest, res);
  };
}

export function withAuth(handler: AuthedHandler): NextApiHandler {
  return withSession(async (req, res) => {
    const user = req.session.user;
    if (!user) {
      return res.status(401).json({ error: 'Not signed in' });
    }
    (req as AuthedRequest).user = user;
    return handler(req as AuthedRequest, res);
  });
}

export function withRole(roles: SessionUser['role'][], handler: AuthedHandler): NextApiHandler {
  return withAuth(async (req, res) => {
    if (!roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return handler(req, res);
  });
}

// next-connect: role gate for one route, after requireSession
export function requireTeamRole(...roles: SessionUser['role'][]) {
  return async (req: NextApiRequest, res: NextApiResponse, next: () => Promise<void>) => {
    if (!roles.includes((req as AuthedRequest).user.role)) {
      res.status(403).json({ error: 'Forbidden' });
      return;
    }
    await next();
  };
}

// next-connect middleware flavour, used by the routers
export async function requireSession(req: NextApiRequest, res: NextApiResponse, next: () => Promise<void>) {
  const session = await getIronSession<AppSession>(req, res, sessionOptions);
  if (!session.user) {
    res.status(401).json({ error: 'Not signed in' });
    return;
  }
  (req as AuthedRequest).session = session;
  (req as AuthedRequest).user = session.user;
  await next();
}
