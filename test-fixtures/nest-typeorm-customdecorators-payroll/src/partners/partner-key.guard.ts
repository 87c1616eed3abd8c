import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash, timingSafeEqual } from 'crypto';
import { IS_PUBLIC_KEY } from '../auth/decorators';

// accounting partners call with an API key; a whole controller can be opened with @Public() on the class
@Injectable()
export class PartnerKeyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.get<boolean>(IS_PUBLIC_KEY, context.getClass())) return true;
    const req = context.switchToHttp().getRequest();
    const key = String(req.headers['x-partner-key'] ?? '');
    const expected = process.env.PARTNER_KEY_SHA256 ?? '';
    const got = createHash('sha256').update(key).digest('hex');
    if (!key || got.length !== expected.length || !timingSafeEqual(Buffer.from(got), Buffer.from(expected))) {
      throw new UnauthorizedException();
    }
    req.partner = { companyId: process.env.PARTNER_COMPANY_ID };
    return true;
  }
}
