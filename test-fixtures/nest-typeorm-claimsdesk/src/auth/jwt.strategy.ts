import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // ok: insecure-jwt
      secretOrKey: process.env.JWT_SECRET,
    });
  }

  validate(payload: { sub: string; org: string; role: string }) {
    return { id: payload.sub, organizationId: payload.org, role: payload.role };
  }
}
