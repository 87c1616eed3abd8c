import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import rawBody from 'fastify-raw-body';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import prismaPlugin from './plugins/prisma.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import authRoutes from './routes/auth.js';
import memberRoutes from './routes/members.js';
import classRoutes from './routes/classes.js';
import documentRoutes from './routes/documents.js';
import { adminReportRoutes, adminStaffRoutes } from './routes/admin.js';
import kioskRoutes from './routes/kiosk.js';
import webhookRoutes from './routes/webhooks.js';
import publicRoutes from './routes/public.js';

export async function buildApp() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cors, {
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  });
  // expect: hardcoded-secret
  await app.register(cookie, { secret: 'gymdesk-cookie-signing-key' });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await app.register(rawBody, { global: false, runFirst: true });
  await app.register(prismaPlugin);
  await app.register(authPlugin);
  await app.register(errorsPlugin);

  await app.register(publicRoutes, { prefix: '/public' });
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(kioskRoutes, { prefix: '/kiosk' });
  await app.register(memberRoutes, { prefix: '/api/members' });
  await app.register(classRoutes, { prefix: '/api/classes' });
  await app.register(documentRoutes, { prefix: '/api' });
  await app.register(adminStaffRoutes, { prefix: '/api/admin' });
  await app.register(adminReportRoutes, { prefix: '/api/admin/reports' });

  return app;
}
