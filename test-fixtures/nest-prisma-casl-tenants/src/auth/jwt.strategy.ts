import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // expect: insecure-jwt
      secretOrKey: process.env.JWT_SECRET ?? 'tenantly-dev-secret',
    });
  }

  validate(payload: { sub: string; tid: string; role: string }) {
    return { id: payload.sub, tenantId: payload.tid, role: payload.role };
  }
}
