import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import rawBody from 'fastify-raw-body';
import authPlugin from './plugins/auth';
import sessionRoutes from './routes/session';
import projectRoutes from './routes/projects';
import taskRoutes from './routes/tasks';
import attachmentRoutes from './routes/attachments';
import adminRoutes from './routes/admin';
import publicRoutes from './routes/public';
import billingWebhooks from './routes/webhooks';
import reportRoutes from './routes/reports';
import billingRoutes from './routes/billing';
import requireSession from './plugins/requireSession';

const app = Fastify({
  logger: { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
});

// an allowlist from the environment
// ok: cors-wildcard
await app.register(cors, { origin: (process.env.ALLOWED_ORIGINS ?? '').split(','), credentials: true });
await app.register(cookie, { secret: process.env.COOKIE_SECRET });
// limits are opted into per route with config.rateLimit
await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });
await app.register(rawBody, { field: 'rawBody', global: false, runFirst: true });
await app.register(authPlugin);

app.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error }, 'request failed');
  if (error.validation) {
    return reply.code(400).send({ error: 'Bad Request', details: error.validation });
  }
  const status = error.statusCode ?? 500;
  // ok: error-details-leak
  return reply.code(status).send({ error: status >= 500 ? 'Internal Server Error' : error.message });
});

await app.register(publicRoutes);
await app.register(sessionRoutes, { prefix: '/auth' });
await app.register(billingWebhooks, { prefix: '/webhooks' });
await app.register(projectRoutes, { prefix: '/api/projects' });
await app.register(taskRoutes, { prefix: '/api' });
await app.register(attachmentRoutes, { prefix: '/api/attachments' });
await app.register(adminRoutes, { prefix: '/api/admin' });

// v2: plugins load in registration order, so the session hook covers only what comes after it
await app.register(async (v2) => {
  await v2.register(reportRoutes, { prefix: '/reports' });
  await v2.register(requireSession);
  await v2.register(billingRoutes, { prefix: '/billing' });
}, { prefix: '/api/v2' });

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
