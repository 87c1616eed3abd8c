import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import rawBody from 'fastify-raw-body';
import prismaPlugin from './plugins/prisma';
import authPlugin from './plugins/auth';
import authRoutes from './routes/auth';
import vehicleRoutes from './routes/vehicles';
import tripRoutes from './routes/trips';
import documentRoutes from './routes/documents';
import adminRoutes from './routes/admin';
import webhookRoutes from './routes/webhooks';
import catalogRoutes from './routes/catalog';

const allowedOrigins = (process.env.CORS_ORIGINS ?? 'https://app.fleetline.io').split(',');

export async function buildApp() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cors, {
    // ok: cors-wildcard
    origin: allowedOrigins,
    credentials: true,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 8 * 1024 * 1024, files: 1 } });
  await app.register(rawBody, { field: 'rawBody', global: false, runFirst: true });
  await app.register(prismaPlugin);
  await app.register(authPlugin);

  // every route logs its failures here, the sign-in and sign-up bodies included
  app.setErrorHandler((error, request, reply) => {
    // expect: token-logging
    request.log.error({ err: error, body: request.body }, 'request failed');
    // ok: token-logging
    request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    if (error.validation) {
      return reply.code(400).send({ error: 'invalid request', details: error.validation });
    }
    // expect: error-details-leak
    return reply.code(error.statusCode ?? 500).send({ error: 'internal error', detail: error.message, stack: error.stack });
  });

  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(catalogRoutes, { prefix: '/catalog' });
  await app.register(vehicleRoutes, { prefix: '/vehicles' });
  await app.register(tripRoutes, { prefix: '/trips' });
  await app.register(documentRoutes, { prefix: '/vehicles' });
  await app.register(adminRoutes, { prefix: '/admin' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(import('./routes/drivers'), { prefix: '/drivers' });

  // ok: missing-auth
  app.get('/healthz', async () => ({ status: 'ok' }));

  return app;
}

const app = await buildApp();
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
