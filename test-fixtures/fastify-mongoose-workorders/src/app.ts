import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import mongoose from 'mongoose';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import workOrderRoutes from './routes/workorders.js';
import assetRoutes from './routes/assets.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import customerRoutes from './routes/customers.js';
import reportRoutes from './routes/reports.js';
import scheduleRoutes from './routes/schedules.js';
import partRoutes from './routes/parts.js';
import historyRoutes from './routes/history.js';
import billingRoutes from './routes/billing.js';

export async function buildApp() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] },
  });

  await app.register(cors, {
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  });
  await app.register(cookie);
  // limits are per-route (config.rateLimit)
  await app.register(rateLimit, { global: false });
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 5 } });
  await app.register(authPlugin);

  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    if (error.validation) {
      return reply.status(400).send({ error: 'Invalid request', details: error.validation });
    }
    const status = error.statusCode ?? 500;
    // expect: error-details-leak
    reply.status(status).send({ error: error.message, stack: error.stack });
  });

  // ok: missing-auth
  app.get('/health', async () => ({ status: 'ok', db: mongoose.connection.readyState === 1 }));

  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(workOrderRoutes, { prefix: '/api/work-orders' });
  await app.register(assetRoutes, { prefix: '/api/assets' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(customerRoutes, { prefix: '/api/customers' });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  await app.register(import('./routes/kiosk.js'), { prefix: '/api/kiosk' });
  await app.register(scheduleRoutes, { prefix: '/api/schedules' });
  await app.register(partRoutes, { prefix: '/api/parts' });
  await app.register(historyRoutes, { prefix: '/api/history' });
  await app.register(billingRoutes, { prefix: '/api/billing' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });

  return app;
}

const app = await buildApp();
await mongoose.connect(process.env.MONGO_URL!);
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
