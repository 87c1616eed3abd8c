import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import patientRoutes from './routes/patients.js';
import reportRoutes from './routes/reports.js';
import labRoutes from './routes/lab.js';
import embedRoutes from './routes/embed.js';

export async function buildApp() {
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
  });

  await app.register(cookie, { secret: process.env.COOKIE_SECRET });
  await app.register(cors, {
    // ok: cors-wildcard
    origin: (process.env.CLINIC_APP_ORIGINS ?? 'https://app.clinic.example').split(','),
    credentials: true,
  });
  // limits only where a route opts in through config.rateLimit
  await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 5 } });
  await app.register(authPlugin);

  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'request failed');
    if (error.validation) {
      // ok: error-details-leak
      return reply.status(400).send({ error: 'Invalid request', details: error.message });
    }
    const status = error.statusCode ?? 500;
    // ok: error-details-leak
    reply.status(status).send({ error: status >= 500 ? 'Internal Server Error' : error.message });
  });

  app.get('/health', async () => ({ ok: true }));

  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(patientRoutes, { prefix: '/patients' });
  await app.register(reportRoutes, { prefix: '/reports' });
  await app.register(labRoutes, { prefix: '/lab' });
  await app.register(embedRoutes, { prefix: '/embed' });

  return app;
}
