import type { Company } from '@prisma/client';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { defineAbilityFor } from './ability';
import { prisma } from './prisma';
import { getSession } from './session';

export type CompanyHandler = (req: Request, res: Response, company: Company) => unknown;

/**
 * Wraps a handler that needs the caller's company. Authenticates the request itself, so
 * handlers using it are safe on routers that are not behind the global auth middleware.
 */
export function withCompany(handler: CompanyHandler): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const session = getSession(req);
      if (!session) {
        res.sendStatus(401);
        return;
      }

      // ok: unscoped-tenant-query
      const user = await prisma.user.findUnique({ where: { id: session.userId } });
      if (!user || !user.active || user.companyId !== session.companyId || user.sessionVersion !== session.version) {
        res.sendStatus(401);
        return;
      }

      const company = await prisma.company.findUnique({ where: { id: user.companyId } });
      if (!company) {
        res.sendStatus(401);
        return;
      }

      req.user = { id: user.id, companyId: user.companyId, role: user.role, email: user.email };
      req.ability = defineAbilityFor(user);
      req.company = company;
      await handler(req, res, company);
    } catch (err) {
      next(err);
    }
  };
}
