import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { IS_PUBLIC } from './public.decorator';

export interface AccessClaims {
  sub: string;
  org: string;
  role: 'admin' | 'manager' | 'staff';
}

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly cls: ClsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) {
      return true;
    }

    const request = ctx.switchToHttp().getRequest<FastifyRequest & { user?: AccessClaims }>();
    const raw = request.cookies?.['kh_session'] ?? request.headers.authorization?.replace(/^Bearer\s+/i, '');
    if (!raw) {
      throw new UnauthorizedException();
    }

    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(raw);
    } catch {
      throw new UnauthorizedException('Session expired');
    }

    request.user = claims;
    this.cls.set('userId', claims.sub);
    this.cls.set('orgId', claims.org);
    this.cls.set('role', claims.role);
    return true;
  }
}
