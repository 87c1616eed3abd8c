import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

export interface AuthUser {
  sub: string;
  clinicId: string;
  role: 'ADMIN' | 'PRACTITIONER' | 'RECEPTION';
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // expect: insecure-jwt
      ignoreExpiration: true,
      // ok: insecure-jwt
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
    });
  }

  validate(payload: AuthUser) {
    return { id: payload.sub, clinicId: payload.clinicId, role: payload.role };
  }
}
