import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

export type AuthUser = { id: string; email: string; workspaceId: string; role: 'owner' | 'admin' | 'member' | 'guest' };

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // ok: insecure-jwt
      ignoreExpiration: false,
      secretOrKey: config.getOrThrow<string>('JWT_SECRET'),
    });
  }

  validate(payload: { sub: string; email: string; ws: string; role: AuthUser['role'] }): AuthUser {
    return { id: payload.sub, email: payload.email, workspaceId: payload.ws, role: payload.role };
  }
}
