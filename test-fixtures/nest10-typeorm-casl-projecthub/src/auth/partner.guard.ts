import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

/** Partner integrations send a JWT issued by their own IdP; we only need the partner id from it. */
@Injectable()
export class PartnerGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!token) throw new UnauthorizedException();
    // expect: insecure-jwt
    const claims = this.jwt.decode(token) as { partnerId?: string; ws?: string } | null;
    if (!claims?.partnerId) throw new UnauthorizedException();
    req.partner = { id: claims.partnerId, workspaceId: claims.ws };
    return true;
  }
}
