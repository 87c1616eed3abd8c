import Hapi from '@hapi/hapi';
import HapiJwt from 'hapi-auth-jwt2';
import HapiRateLimit from 'hapi-rate-limit';
import './db';
import { config } from './config';
import { validateToken } from './lib/auth';
import { authPlugin } from './plugins/auth';
import { samplesPlugin } from './plugins/samples';
import { resultsPlugin } from './plugins/results';
import { adminPlugin } from './plugins/admin';
import { integrationsPlugin } from './plugins/integrations';
import { catalogPlugin } from './plugins/catalog';
import { reportsPlugin } from './plugins/reports';

async function start() {
  const server = Hapi.server({
    port: config.port,
    routes: {
      // ok: cors-wildcard
      cors: { origin: [config.appOrigin], credentials: true },
      validate: { failAction: async (_req, _h, err) => { throw err; } },
    },
  });

  await server.register(HapiJwt);
  server.auth.strategy('jwt', 'jwt', {
    key: config.jwtSecret,
    validate: validateToken,
    verifyOptions: { algorithms: ['HS256'] },
  });
  server.auth.default('jwt');

  // limits are opted into per route (see the auth plugin)
  await server.register({ plugin: HapiRateLimit, options: { enabled: false, userLimit: 300, pathLimit: false } });

  // expect: insecure-cookie
  server.state('lt_session', { ttl: 8 * 3600 * 1000, isSecure: false, isHttpOnly: true, path: '/', encoding: 'none' });

  await server.register(authPlugin, { routes: { prefix: '/auth' } });
  await server.register(samplesPlugin, { routes: { prefix: '/api/samples' } });
  await server.register(resultsPlugin, { routes: { prefix: '/api/results' } });
  await server.register(adminPlugin, { routes: { prefix: '/api/admin' } });
  await server.register(integrationsPlugin, { routes: { prefix: '/integrations' } });
  await server.register(catalogPlugin, { routes: { prefix: '/api' } });
  await server.register(reportsPlugin, { routes: { prefix: '/api/reports' } });

  server.route({
    method: 'GET',
    path: '/healthz',
    options: { auth: false },
    handler: () => ({ ok: true }),
  });

  await server.start();
  console.log(`labtrack api on ${server.info.uri}`);
}

start();
