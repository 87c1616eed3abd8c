import type { Plugin, Server } from '@hapi/hapi';
import Jwt from '@hapi/jwt';
import { db } from '../db';

// Every route requires a valid access token unless it opts out with `auth: false`.
const authPlugin: Plugin<void> = {
  name: 'clinic-auth',
  version: '1.0.0',
  register: async (server: Server) => {
    await server.register(Jwt);

    server.auth.strategy('clinic_jwt', 'jwt', {
      keys: process.env.JWT_SECRET,
      verify: {
        aud: 'clinicportal:api',
        iss: 'clinicportal',
        sub: false,
        nbf: true,
        exp: true,
        maxAgeSec: 60 * 60,
      },
      validate: async (artifacts: { decoded: { payload: { sub: string } } }) => {
        const user = await db('users').where({ id: artifacts.decoded.payload.sub }).first();
        if (!user || user.disabled) {
          return { isValid: false };
        }
        return {
          isValid: true,
          credentials: { userId: user.id, clinicId: user.clinic_id, scope: [user.role] },
        };
      },
    });

    server.auth.default('clinic_jwt');
  },
};

export default authPlugin;
