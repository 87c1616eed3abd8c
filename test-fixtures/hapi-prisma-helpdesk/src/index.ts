import Hapi from '@hapi/hapi';
import HapiAuthJwt2 from 'hapi-auth-jwt2';
import RateLimitor from 'hapi-rate-limitor';
import { prisma } from './prisma.js';
import { authRoutes } from './routes/auth.js';
import { registerTicketRoutes } from './routes/tickets.js';
import { partnerPlugin } from './plugins.js';

interface TokenClaims {
  sub: string;
}

const server = Hapi.server({
  port: Number(process.env.PORT) || 3030,
  routes: {
    // ok: cors-wildcard
    cors: { origin: ['https://helpdesk.acme.test'], credentials: true },
  },
});

async function start() {
  await server.register([
    HapiAuthJwt2,
    { plugin: RateLimitor, options: { redis: process.env.REDIS_URL, namespace: 'helpdesk', max: 120, duration: 60 * 1000 } },
  ]);

  // expect: insecure-jwt
  server.auth.strategy('jwt', 'jwt', {
    key: 'acme-helpdesk-local-signing-key',
    verifyOptions: { algorithms: ['HS256'] },
    validate: async (claims: TokenClaims) => {
      const user = await prisma.user.findUnique({ where: { id: claims.sub } });
      if (!user) {
        return { isValid: false };
      }
      return { isValid: true, credentials: { userId: user.id, orgId: user.orgId, role: user.role, scope: [user.role] } };
    },
  });

  server.route(authRoutes);
  registerTicketRoutes(server);
  await server.register(partnerPlugin, { routes: { prefix: '/partner/v1' } });

  await server.start();
  console.log('helpdesk api on', server.info.uri);
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
