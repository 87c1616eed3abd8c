import type { Company, Role } from '@prisma/client';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { defineAbilityFor, type AppAbility } from '../lib/ability';
import { prisma } from '../lib/prisma';
import { getSession } from '../lib/session';

export interface AuthUser {
  id: string;
  companyId: string;
  role: Role;
  email: string;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
      ability?: AppAbility;
      company?: Company;
    }
  }
}

type AsyncRoute = (req: Request, res: Response, next: NextFunction) => Promise<unknown>;

/** Forwards rejected promises to the Express error handler (Express 4 does not do this). */
export function asyncHandler(fn: AsyncRoute): RequestHandler {
  return (req, res, next) => {
    fn(req, res, next).catch(next);
  };
}

export async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
  try {
    // Already authenticated earlier in the chain (global middleware + a route-level guard).
    if (req.user) return next();

    const session = getSession(req);
    if (!session) {
      // ok: token-logging
      console.warn('unauthenticated request', { method: req.method, path: req.path, hasAuthHeader: Boolean(req.headers.authorization) });
      res.status(401).json({ error: 'unauthenticated' });
      return;
    }

    // ok: unscoped-tenant-query
    const user = await prisma.user.findUnique({ where: { id: session.userId } });
    if (!user || !user.active || user.companyId !== session.companyId || user.sessionVersion !== session.version) {
      res.status(401).json({ error: 'unauthenticated' });
      return;
    }

    req.user = { id: user.id, companyId: user.companyId, role: user.role, email: user.email };
    req.ability = defineAbilityFor(user);
    next();
  } catch (err) {
    next(err);
  }
}

const ROLE_RANK: Record<Role, number> = { employee: 0, manager: 1, admin: 2 };

/** Requires at least the given role (admin > manager > employee). */
export function authorize(minimum: Role): RequestHandler {
  return (req, res, next) => {
    if (!req.user) {
      res.sendStatus(401);
      return;
    }
    if (ROLE_RANK[req.user.role] < ROLE_RANK[minimum]) {
      res.sendStatus(403);
      return;
    }
    next();
  };
}

export async function loadCompany(req: Request, res: Response, next: NextFunction): Promise<void> {
  try {
    if (!req.user) {
      res.sendStatus(401);
      return;
    }
    const company = await prisma.company.findUnique({ where: { id: req.user.companyId } });
    if (!company) {
      res.sendStatus(401);
      return;
    }
    req.company = company;
    next();
  } catch (err) {
    next(err);
  }
}
