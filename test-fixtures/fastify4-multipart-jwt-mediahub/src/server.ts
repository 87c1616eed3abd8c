import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import { authRoutes } from './routes/auth.js';
import { mediaRoutes } from './routes/media.js';
import { importRoutes } from './routes/imports.js';
import { shareRoutes } from './routes/share.js';
import { adminRoutes } from './routes/admin.js';
import { portfolioRoutes } from './routes/portfolio.js';

const app = Fastify({ logger: true });

await app.register(cors, {
  // expect: cors-wildcard
  origin: true,
  credentials: true,
});
await app.register(cookie, {
  // expect: hardcoded-secret
  secret: 'mediahub-cookie-signing-v2',
});
await app.register(rateLimit, { global: false });
await app.register(authPlugin);

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  const status = error.statusCode ?? 500;
  // ok: error-details-leak
  reply.status(status).send({
    error: status >= 500 ? 'Internal Server Error' : error.message,
    ...(process.env.NODE_ENV !== 'production' && { stack: error.stack }),
  });
});

// ok: missing-auth
app.get('/healthz', async () => ({ ok: true }));

await app.register(authRoutes, { prefix: '/auth' });
await app.register(mediaRoutes, { prefix: '/media' });
await app.register(importRoutes, { prefix: '/imports' });
await app.register(shareRoutes, { prefix: '/share' });
await app.register(adminRoutes, { prefix: '/admin' });
await app.register(portfolioRoutes, { prefix: '/portfolio' });

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
