import Fastify, { type FastifyError } from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import quoteRoutes from './routes/quotes.js';
import shipmentRoutes from './routes/shipments.js';
import documentRoutes from './routes/documents.js';
import carrierRoutes from './routes/carriers.js';
import adminRoutes from './routes/admin.js';
import trackingRoutes from './routes/tracking.js';
import webhookRoutes from './routes/webhooks.js';
import reportRoutes from './routes/reports.js';
import laneRoutes from './routes/lanes.js';
import billingRoutes from './routes/billing.js';

export async function buildApp() {
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
  });

  await app.register(cors, {
    origin: (origin, cb) => {
      // expect: cors-wildcard
      if (!origin || origin.endsWith('freightquotes.app')) return cb(null, true);
      cb(new Error('Origin not allowed'), false);
    },
    credentials: true,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 15 * 1024 * 1024, files: 5 } });
  await app.register(authPlugin);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    if (error.validation) {
      // ok: error-details-leak
      return reply.code(400).send({ error: 'Invalid request', details: error.validation });
    }
    // expect: error-details-leak
    reply.code(error.statusCode ?? 500).send({ error: error.message, stack: error.stack });
  });

  // ok: missing-auth
  app.get('/healthz', async () => ({ ok: true }));

  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(trackingRoutes, { prefix: '/public' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(quoteRoutes, { prefix: '/api/quotes' });
  await app.register(shipmentRoutes, { prefix: '/api/shipments' });
  await app.register(documentRoutes, { prefix: '/api/documents' });
  await app.register(carrierRoutes, { prefix: '/api/carriers' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  await app.register(laneRoutes, { prefix: '/api/lanes' });
  await app.register(billingRoutes, { prefix: '/api/billing' });

  return app;
}
