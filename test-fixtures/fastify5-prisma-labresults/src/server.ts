import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import { config } from './config.js';
import authPlugin from './plugins/auth.js';
import publicRoutes, { meRoutes } from './routes/public.js';
import authRoutes from './routes/auth.js';
import patientRoutes from './routes/patients.js';
import resultRoutes from './routes/results.js';
import reportRoutes from './routes/reports.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import partnerRoutes from './routes/partner.js';
import orderRoutes, { requisitionRoutes } from './routes/orders.js';
import staffOnly from './plugins/staffOnly.js';
import { inventoryRoutes, kioskRoutes } from './routes/staff.js';

const allowedOrigins = new Set([config.webOrigin, ...(process.env.PARTNER_ORIGINS ?? '').split(',').filter(Boolean)]);

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true });

  await app.register(helmet);
  await app.register(cookie, { secret: config.cookieSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(authPlugin);

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      // ok: error-details-leak
      return reply.code(400).send({ error: 'Bad Request', message: error.message });
    }
    request.log.error(error);
    // ok: error-details-leak
    return reply.code(500).send({ error: 'Internal Server Error' });
  });

  await app.register(publicRoutes);
  await app.register(meRoutes);
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(partnerRoutes, { prefix: '/partner/v1' });

  // the web app's API shares one allowlisted CORS scope
  await app.register(async (api) => {
    await api.register(cors, {
      // ok: cors-wildcard
      origin: (origin, cb) => cb(null, !origin || allowedOrigins.has(origin)),
      credentials: true,
    });
    await api.register(patientRoutes, { prefix: '/patients' });
    await api.register(resultRoutes, { prefix: '/results' });
    await api.register(reportRoutes, { prefix: '/reports' });
    await api.register(adminRoutes, { prefix: '/admin' });
    await api.register(orderRoutes, { prefix: '/orders' });
    await api.register(requisitionRoutes, { prefix: '/requisitions' });
    await api.register(import('./routes/analytics.js'), { prefix: '/analytics' });
  }, { prefix: '/api' });

  await app.register(async (staff) => {
    await staff.register(staffOnly);
    await staff.register(inventoryRoutes);
  }, { prefix: '/staff' });

  await app.register(async (kiosk) => {
    await kiosk.register(async (scope) => {
      scope.addHook('onRequest', scope.authenticate);
    });
    await kiosk.register(kioskRoutes);
  }, { prefix: '/kiosk' });

  return app;
}

const app = await buildServer();
await app.listen({ port: config.port, host: '0.0.0.0' });
