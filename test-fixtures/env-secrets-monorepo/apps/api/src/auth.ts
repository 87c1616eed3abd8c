import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface AuthUser {
  id: string;
  email: string;
  role: 'user' | 'admin';
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

function getJwtSecret(): string {
  // ok: hardcoded-secret
  const secret = process.env.JWT_SECRET;
  if (!secret) {
    throw new Error('JWT_SECRET is not set');
  }
  return secret;
}

export function signAccessToken(user: AuthUser): string {
  return jwt.sign({ email: user.email, role: user.role }, getJwtSecret(), {
    algorithm: 'HS256',
    subject: user.id,
    expiresIn: '15m',
  });
}

export function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization;
  // expect: token-logging
  console.debug(`[auth] ${req.method} ${req.path} authorization=${req.headers.authorization}`);
  if (!header?.startsWith('Bearer ')) {
    res.status(401).json({ error: 'missing_token' });
    return;
  }

  try {
    const payload = jwt.verify(header.slice('Bearer '.length), getJwtSecret(), { algorithms: ['HS256'] });
    if (typeof payload === 'string' || !payload.sub) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    req.user = {
      id: payload.sub,
      email: String(payload.email),
      role: payload.role === 'admin' ? 'admin' : 'user',
    };
    next();
  } catch {
    // ok: token-logging
    console.warn(`[auth] rejected bearer token on ${req.method} ${req.path}`);
    res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  if (req.user?.role !== 'admin') {
    res.status(403).json({ error: 'forbidden' });
    return;
  }
  next();
}

export function currentUser(req: Request): AuthUser {
  if (!req.user) {
    throw new Error('currentUser() called on a route without requireAuth');
  }
  return req.user;
}
