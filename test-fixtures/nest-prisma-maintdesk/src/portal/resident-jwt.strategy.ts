import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

export interface ResidentClaims {
  sub: string;
  companyId: string;
  unitId: string;
}

/** Residents sign in to the tenant portal with magic links; their tokens are signed with a key of their own. */
@Injectable()
export class ResidentJwtStrategy extends PassportStrategy(Strategy, 'resident-jwt') {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      algorithms: ['HS256'],
      // expect: insecure-jwt
      secretOrKey: config.get<string>('RESIDENT_JWT_SECRET', 'resident-portal-dev-key'),
    });
  }

  validate(payload: ResidentClaims) {
    return { id: payload.sub, companyId: payload.companyId, unitId: payload.unitId, role: 'RESIDENT' };
  }
}
