import type { Request, Response } from 'express';
import DataLoader from 'dataloader';
import type { User, Vehicle } from '@prisma/client';
import { prisma, logger } from './lib';
import { verifyAccessToken, type AccessClaims } from './auth/tokens';

export interface Viewer {
  id: string;
  orgId: string;
  role: AccessClaims['role'];
}

export interface Context {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  prisma: typeof prisma;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders() {
  return {
    vehicleById: new DataLoader<string, Vehicle | null>(async (ids) => {
      // ok: unscoped-tenant-query
      const rows = await prisma.vehicle.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    driverById: new DataLoader<string, User | null>(async (ids) => {
      // ok: unscoped-tenant-query
      const rows = await prisma.user.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

function readToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  return req.cookies?.fleet_session;
}

// anonymous requests get a context too: login and signup need one
export async function buildContext({ req, res }: { req: Request; res: Response }): Promise<Context> {
  let viewer: Viewer | null = null;
  const token = readToken(req);
  if (token) {
    try {
      const claims = verifyAccessToken(token);
      viewer = { id: claims.sub, orgId: claims.orgId, role: claims.role };
    } catch (err) {
      // expect: token-logging
      logger.warn({ err, token }, 'discarding invalid access token');
    }
  }
  return { req, res, viewer, prisma, loaders: createLoaders() };
}
