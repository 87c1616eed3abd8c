import Fastify from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import dbPlugin from './plugins/db.js';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import employeeRoutes from './routes/employees.js';
import documentRoutes from './routes/documents.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import publicRoutes from './routes/public.js';
import magicLinkRoutes from './routes/magicLink.js';
import reportRoutes from './routes/reports.js';
import timeOffRoutes from './routes/timeOff.js';
import { Employee } from './models/Employee.js';
import { config } from './config.js';

export async function buildServer() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' }, trustProxy: true });

  await app.register(helmet);
  await app.register(cors, {
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, !origin || origin.endsWith('hrdocs.io')),
    credentials: true,
  });
  await app.register(cookie, { secret: config.cookieSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 15 * 1024 * 1024, files: 1 } });
  await app.register(dbPlugin);
  await app.register(authPlugin);

  app.addHook('onRequest', async (request) => {
    // expect: token-logging
    request.log.debug({ url: request.url, headers: request.headers }, 'incoming request');
  });

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      return reply.code(400).send({ error: 'Bad request', details: error.validation });
    }
    request.log.error(error);
    // expect: error-details-leak
    return reply.code(error.statusCode ?? 500).send({ error: 'Internal error', detail: error.message });
  });

  await app.register(publicRoutes);
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(employeeRoutes, { prefix: '/employees' });
  await app.register(documentRoutes);
  await app.register(adminRoutes, { prefix: '/admin' });
  await app.register(magicLinkRoutes, { prefix: '/auth/magic-link' });
  await app.register(reportRoutes, { prefix: '/reports' });
  await app.register(timeOffRoutes, { prefix: '/time-off' });

  await app.register(async (instance) => {
    instance.addHook('onRequest', instance.authenticate);

    // ok: missing-auth
    instance.get('/', async (request) => ({ id: request.user.sub, company: request.user.company, role: request.user.role }));

    // expect: missing-rate-limit
    instance.get('/export.csv', async (request, reply) => {
      // ok: unscoped-tenant-query
      const me = await Employee.findOne({ user: request.user.sub, company: request.user.company }).lean();
      reply.header('Content-Type', 'text/csv').header('Content-Disposition', 'attachment; filename="my-data.csv"');
      return me ? `first_name,last_name,email\n${me.firstName},${me.lastName},${me.email}` : '';
    });
  }, { prefix: '/me' });

  return app;
}

const app = await buildServer();
await app.listen({ port: config.port, host: '0.0.0.0' });
