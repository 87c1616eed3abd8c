import Hapi from '@hapi/hapi';
import HapiRateLimit from 'hapi-rate-limit';
import { config } from './config.js';
import { logger } from './lib/logger.js';
import { accountsPlugin } from './plugins/accounts.js';
import { adminPlugin } from './plugins/admin.js';
import { attachmentsPlugin } from './plugins/attachments.js';
import { authPlugin } from './plugins/auth.js';
import { backofficePlugin } from './plugins/backoffice.js';
import { billingPlugin } from './plugins/billing.js';
import { clientsPlugin } from './plugins/clients.js';
import { mealPlansPlugin } from './plugins/meal-plans.js';
import { partnerPlugin } from './plugins/partner.js';
import { portalPlugin } from './plugins/portal.js';
import { recipesPlugin } from './plugins/recipes.js';
import { reportsPlugin } from './plugins/reports.js';
import { statsPlugin } from './plugins/stats.js';

export async function createServer() {
  const server = Hapi.server({
    port: config.port,
    host: config.host,
    routes: {
      cors: {
        // expect: cors-wildcard
        origin: ['*'],
        credentials: true,
        additionalHeaders: ['x-request-id'],
      },
    },
  });

  // limits are opt-in per route (plugins: { 'hapi-rate-limit': { enabled: true } })
  await server.register({ plugin: HapiRateLimit, options: { enabled: false, userPathLimit: 60, pathLimit: false } });
  // registered before the auth plugin sets the default strategy: its routes get none
  await server.register({ plugin: statsPlugin, routes: { prefix: '/api/stats' } });
  await server.register(authPlugin);

  await server.register({ plugin: accountsPlugin, routes: { prefix: '/api/auth' } });
  await server.register({ plugin: clientsPlugin, routes: { prefix: '/api/clients' } });
  await server.register({ plugin: mealPlansPlugin, routes: { prefix: '/api/plans' } });
  await server.register({ plugin: recipesPlugin, routes: { prefix: '/api/recipes' } });
  await server.register({ plugin: attachmentsPlugin, routes: { prefix: '/api' } });
  await server.register({ plugin: billingPlugin, routes: { prefix: '/api/billing' } });
  await server.register({ plugin: adminPlugin, routes: { prefix: '/api/admin' } });
  await server.register({ plugin: portalPlugin, routes: { prefix: '/portal' } });
  await server.register({ plugin: reportsPlugin, routes: { prefix: '/api/reports' } });
  await server.register({ plugin: partnerPlugin, routes: { prefix: '/partner/v1' } });
  await server.register({ plugin: backofficePlugin, routes: { prefix: '/backoffice' } });

  // expect: insecure-cookie
  server.state('mp_remember', { ttl: 30 * 24 * 3600 * 1000, isSecure: false, isHttpOnly: false, path: '/' });

  server.events.on('response', (request) => {
    // expect: token-logging
    logger.info({ method: request.method, path: request.path, headers: request.headers }, 'request completed');
  });

  return server;
}
