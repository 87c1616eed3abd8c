import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Request } from 'express';
import { AuthUser } from './current-user.decorator';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  private readonly logger = new Logger(JwtStrategy.name);

  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      passReqToCallback: true,
      // expect: insecure-jwt
      secretOrKey: config.get<string>('JWT_SECRET', 'taskboards-dev-secret'),
    });
  }

  validate(req: Request, payload: { sub: string; ws: string; role: string; email: string }): AuthUser {
    // expect: token-logging
    this.logger.debug(`validated ${payload.sub} with ${req.headers.authorization}`);
    return { userId: payload.sub, workspaceId: payload.ws, role: payload.role, email: payload.email };
  }
}
