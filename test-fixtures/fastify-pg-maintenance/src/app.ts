import Fastify, { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import { config } from './config';
import dbPlugin from './plugins/db';
import authPlugin from './plugins/auth';
import errorsPlugin from './plugins/errors';
import authRoutes from './routes/auth';
import propertyRoutes from './routes/properties';
import workOrderRoutes from './routes/workOrders';
import attachmentRoutes from './routes/attachments';
import webhookRoutes from './routes/webhooks';
import adminRoutes, { teamRoutes } from './routes/admin';
import listingRoutes from './routes/listings';

export async function buildApp(): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.isProduction ? 'info' : 'debug',
      redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', 'token', 'refreshToken'],
    },
    trustProxy: true,
  });

  await app.register(helmet);
  await app.register(cors, {
    // ok: cors-wildcard
    origin: config.allowedOrigins,
    credentials: true,
  });
  await app.register(cookie);
  // limits are opted into per route (`config.rateLimit`)
  await app.register(rateLimit, { global: false });
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 8 * 1024 * 1024, files: 4 } });

  await app.register(dbPlugin);
  await app.register(authPlugin);
  await app.register(errorsPlugin);

  // ok: missing-auth
  app.get('/healthz', { config: { public: true } }, async () => ({ ok: true }));

  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(listingRoutes, { prefix: '/listings' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(propertyRoutes, { prefix: '/api/properties' });
  await app.register(workOrderRoutes, { prefix: '/api/work-orders' });
  await app.register(attachmentRoutes, { prefix: '/api' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(teamRoutes, { prefix: '/api/team' });

  return app;
}
