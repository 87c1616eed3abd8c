import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import itemRoutes from './routes/items.js';
import warehouseRoutes from './routes/warehouses.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import importRoutes from './routes/imports.js';

export function buildApp() {
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
    },
  });

  app.register(cors, {
    // ok: cors-wildcard
    origin: ['https://app.stockroom.io', 'https://admin.stockroom.io'],
    credentials: true,
  });
  app.register(cookie);
  app.register(rateLimit, { global: false });
  // expect: unrestricted-upload
  app.register(multipart);
  app.register(authPlugin);

  app.addHook('onRequest', async (request) => {
    // expect: token-logging
    request.log.info({ url: request.url, headers: request.headers }, 'incoming request');
  });

  app.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    if (error.validation) {
      return reply.status(400).send({ message: 'Invalid request', details: error.validation });
    }
    // expect: error-details-leak
    reply.status(500).send({ message: error.message, stack: error.stack });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.register(authRoutes, { prefix: '/auth' });
  app.register(itemRoutes, { prefix: '/api/items' });
  app.register(warehouseRoutes, { prefix: '/api/warehouses' });
  app.register(adminRoutes, { prefix: '/api/admin' });
  app.register(importRoutes, { prefix: '/api/imports' });
  app.register(webhookRoutes, { prefix: '/webhooks' });

  return app;
}

const app = buildApp();
app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
