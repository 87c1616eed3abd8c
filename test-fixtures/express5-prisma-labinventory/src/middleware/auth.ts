import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { Role } from '@prisma/client';
import { createHash } from 'node:crypto';
import { config } from '../config/index.js';
import { prisma } from '../lib/prisma.js';

export interface AuthUser {
  id: string;
  organizationId: string;
  role: Role;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface User extends AuthUser {}
    interface Request {
      apiClient?: { keyId: string; organizationId: string };
    }
  }
}

const cookieExtractor = (req: Request) => (req.signedCookies?.lab_session as string | undefined) ?? null;

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromExtractors([cookieExtractor, ExtractJwt.fromAuthHeaderAsBearerToken()]),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
    },
    async (payload: { sub: string }, done) => {
      try {
        const user = await prisma.user.findUnique({
          where: { id: payload.sub },
          select: { id: true, organizationId: true, role: true },
        });
        return done(null, user ?? false);
      } catch (err) {
        return done(err, false);
      }
    },
  ),
);

export const authenticate = passport.authenticate('jwt', { session: false });

export const requireRole =
  (...roles: Role[]) =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) return res.status(401).json({ error: 'Unauthorized' });
    if (!roles.includes(req.user.role)) return res.status(403).json({ error: 'Forbidden' });
    next();
  };

/** Instruments post readings with an organization API key. */
export async function apiKeyAuth(req: Request, res: Response, next: NextFunction) {
  const raw = req.get('x-api-key');
  if (!raw) return res.status(401).json({ error: 'Missing API key' });
  const key = await prisma.apiKey.findUnique({
    where: { keyHash: createHash('sha256').update(raw).digest('hex') },
  });
  if (!key) return res.status(401).json({ error: 'Invalid API key' });
  req.apiClient = { keyId: key.id, organizationId: key.organizationId };
  await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  next();
}
