import Fastify from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import { publicRoutes } from './routes/public.js';
import { apiRoutes } from './routes/api/index.js';
import { webhookRoutes } from './routes/webhooks.js';
import { catalogRoutes } from './routes/catalog.js';

export async function buildApp() {
  const app = Fastify({ logger: { level: 'info', redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] } });

  // ok: cors-wildcard
  await app.register(cors, { origin: ['https://pawstay.example.com', 'https://partners.pawstay.example.com'], credentials: true });
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin);

  app.route({
    method: ['GET', 'HEAD'],
    url: '/healthz',
    handler: async () => ({ ok: true }),
  });

  await app.register(publicRoutes, { prefix: '/public' });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(import('./routes/staff/index.js'), { prefix: '/staff' });
  for (const prefix of ['/v1/catalog', '/v2/catalog']) await app.register(catalogRoutes, { prefix });

  // the first API generation is gone
  app.all('/v1/*', async (_request, reply) => reply.code(410).send({ error: 'use /api' }));

  return app;
}
