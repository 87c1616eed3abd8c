import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AuthUser } from './current-user.decorator';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // ok: insecure-jwt
      secretOrKey: process.env.JWT_SECRET,
      algorithms: ['HS256'],
    });
  }

  validate(payload: { sub: string; companyId: string; role: AuthUser['role'] }): AuthUser {
    return { id: payload.sub, companyId: payload.companyId, role: payload.role };
  }
}
