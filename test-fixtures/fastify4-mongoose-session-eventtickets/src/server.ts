import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import secureSession from '@fastify/secure-session';
import rateLimit from '@fastify/rate-limit';

import { connectDb } from './lib/db.js';
import authRoutes from './routes/auth.js';
import eventRoutes from './routes/events.js';
import ticketRoutes from './routes/tickets.js';
import publicRoutes from './routes/public.js';
import webhookRoutes from './routes/webhooks.js';
import adminRoutes from './routes/admin.js';
import uploadRoutes from './routes/uploads.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  },
});

await app.register(cors, {
  // expect: cors-wildcard
  origin: true,
  credentials: true,
});

await app.register(cookie);
await app.register(secureSession, {
  // expect: hardcoded-secret
  secret: process.env.SESSION_SECRET || 'gatehouse-local-session-secret-please-rotate',
  salt: process.env.SESSION_SALT!,
  cookieName: 'gh_session',
  cookie: {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
  },
});

await app.register(rateLimit, { global: false });

app.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error, url: request.url }, 'request failed');
  if (error.validation) {
    // ok: error-details-leak
    return reply.code(400).send({ error: 'Invalid request', details: error.validation });
  }
  // expect: error-details-leak
  return reply.code(error.statusCode ?? 500).send({ error: error.message, stack: error.stack });
});

// ok: missing-auth
app.get('/healthz', async () => ({ status: 'ok' }));

await app.register(authRoutes, { prefix: '/auth' });
await app.register(publicRoutes, { prefix: '/public' });
await app.register(webhookRoutes, { prefix: '/webhooks' });
await app.register(eventRoutes, { prefix: '/api/events' });
await app.register(ticketRoutes, { prefix: '/api' });
await app.register(uploadRoutes, { prefix: '/api/uploads' });
await app.register(adminRoutes, { prefix: '/api/admin' });

await connectDb();
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
