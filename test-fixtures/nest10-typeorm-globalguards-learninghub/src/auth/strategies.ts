import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy as JwtBase } from 'passport-jwt';
import { Strategy as LocalBase } from 'passport-local';
import { AuthService } from './auth.service';
import { AuthUser } from './decorators';

@Injectable()
export class LocalStrategy extends PassportStrategy(LocalBase) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email' });
  }

  async validate(email: string, password: string): Promise<AuthUser> {
    const user = await this.auth.validateCredentials(email, password);
    if (!user) throw new UnauthorizedException('Invalid email or password');
    return user;
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(JwtBase) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // expect: insecure-jwt
      secretOrKey: process.env.JWT_SECRET ?? 'learninghub-dev-secret',
    });
  }

  validate(payload: { sub: string; tid: string; email: string; role: AuthUser['role'] }): AuthUser {
    return { id: payload.sub, tenantId: payload.tid, email: payload.email, role: payload.role };
  }
}
