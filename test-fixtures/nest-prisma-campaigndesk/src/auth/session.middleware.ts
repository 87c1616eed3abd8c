import { ForbiddenException, Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { verify } from 'jsonwebtoken';
import { PrismaService } from '../db/prisma.service';

/** Resolves the signed-in user and the workspace they are working in, for every controller behind it. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly prisma: PrismaService) {}

  async use(req: Request, _res: Response, next: NextFunction) {
    const token = req.cookies?.session || req.headers['x-session'];
    if (!token) {
      throw new ForbiddenException();
    }
    let claims: { sub: string };
    try {
      claims = verify(String(token), process.env.SESSION_SECRET!) as { sub: string };
    } catch {
      throw new ForbiddenException();
    }
    const user = await this.prisma.user.findUnique({ where: { id: claims.sub } });
    if (!user || !user.activated) {
      throw new ForbiddenException();
    }
    const memberships = await this.prisma.membership.findMany({
      where: { userId: user.id },
      include: { organization: true },
    });
    const wanted = req.headers['x-workspace'];
    const current = memberships.find((m) => m.organizationId === wanted) ?? memberships[0];
    if (!current) {
      throw new ForbiddenException();
    }
    // @ts-expect-error augmenting the request
    req.user = user;
    // @ts-expect-error augmenting the request
    req.org = { ...current.organization, role: current.role };
    next();
  }
}
