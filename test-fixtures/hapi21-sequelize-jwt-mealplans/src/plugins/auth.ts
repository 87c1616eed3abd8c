import type { Plugin, Request } from '@hapi/hapi';
import HapiAuthJwt2 from 'hapi-auth-jwt2';
import { config } from '../config.js';
import { User } from '../models/index.js';

interface TokenClaims {
  sub: number;
  practiceId: number;
}

async function validate(decoded: TokenClaims, request: Request) {
  const user = await User.findByPk(decoded.sub);
  if (!user || user.practiceId !== decoded.practiceId) {
    return { isValid: false };
  }
  return {
    isValid: true,
    credentials: { id: user.id, practiceId: user.practiceId, role: user.role, scope: [user.role] },
  };
}

export const authPlugin: Plugin<void> = {
  name: 'mealplans-auth',
  async register(server) {
    await server.register(HapiAuthJwt2);
    server.auth.strategy('jwt', 'jwt', {
      key: config.jwtSecret,
      validate,
      verifyOptions: { algorithms: ['HS256'] },
    });
    server.auth.default('jwt');
  },
};
