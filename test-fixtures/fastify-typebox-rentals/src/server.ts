import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { config } from './lib/config.js';
import prismaPlugin from './plugins/prisma.js';
import authPlugin from './plugins/auth.js';
import publicRoutes from './routes/public.js';
import authRoutes from './routes/auth.js';
import propertyRoutes from './routes/properties.js';
import leaseRoutes from './routes/leases.js';
import maintenanceRoutes from './routes/maintenance.js';
import documentRoutes from './routes/documents.js';
import teamRoutes from './routes/team.js';
import adminRoutes from './routes/admin.js';
import reportRoutes from './routes/reports.js';
import webhookRoutes from './routes/webhooks.js';

const app = Fastify({
  logger: {
    level: config.isProd ? 'info' : 'debug',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  },
}).withTypeProvider<TypeBoxTypeProvider>();

await app.register(cors, {
  // expect: cors-wildcard
  origin: /rentwise\.io/,
  credentials: true,
});
await app.register(cookie, {
  // expect: hardcoded-secret
  secret: 'rentwise-cookie-signing-2024',
});
await app.register(rateLimit, { global: false });
// ok: unrestricted-upload
await app.register(multipart, { limits: { fileSize: 15 * 1024 * 1024, files: 1 } });
await app.register(prismaPlugin);
await app.register(authPlugin);

app.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error }, 'request failed');
  const status = error.statusCode ?? 500;
  // ok: error-details-leak
  reply.code(status).send({ error: status >= 500 ? 'Internal Server Error' : error.message });
});

await app.register(publicRoutes, { prefix: '/public' });
await app.register(authRoutes, { prefix: '/auth' });
await app.register(webhookRoutes, { prefix: '/webhooks' });
await app.register(leaseRoutes, { prefix: '/api/leases' });

await app.register(
  async (api) => {
    api.addHook('onRequest', api.authenticate);
    await api.register(propertyRoutes, { prefix: '/properties' });
    await api.register(maintenanceRoutes, { prefix: '/maintenance' });
    await api.register(documentRoutes);
    await api.register(teamRoutes, { prefix: '/team' });
    await api.register(reportRoutes, { prefix: '/reports' });
    await api.register(adminRoutes, { prefix: '/admin' });
  },
  { prefix: '/api' },
);

await app.listen({ port: config.port, host: '0.0.0.0' });
