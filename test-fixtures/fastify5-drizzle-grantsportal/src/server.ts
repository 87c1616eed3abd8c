import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import authPlugin from './plugins/auth';
import errorHandler from './plugins/error-handler';
import { healthRoutes, publicRoutes } from './routes/public';
import authRoutes from './routes/auth';
import webhookRoutes from './routes/webhooks';
import grantRoutes from './routes/grants';
import applicationRoutes from './routes/applications';
import memberRoutes from './routes/members';
import adminRoutes from './routes/admin';
import payoutRoutes from './routes/payouts';
import reportRoutes from './routes/reports';
import workspaceRoutes from './routes/workspaces';
import partnerRoutes from './routes/partners';
import v2Routes from './routes/v2';

export async function buildServer() {
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
  await app.register(cors, {
    // ok: cors-wildcard
    origin: allowedOrigins,
    credentials: true,
  });
  await app.register(cookie, {
    // expect: hardcoded-secret
    secret: process.env.COOKIE_SECRET ?? 'grantsportal-cookie-signing-dev',
  });
  await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });
  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 15 * 1024 * 1024, files: 3 } });
  await app.register(authPlugin);
  await app.register(errorHandler);

  await app.register(healthRoutes);
  await app.register(publicRoutes, { prefix: '/public' });
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(webhookRoutes, { prefix: '/webhooks' });
  await app.register(grantRoutes, { prefix: '/api/grants' });
  await app.register(applicationRoutes, { prefix: '/api/applications' });
  await app.register(memberRoutes, { prefix: '/api/members' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(payoutRoutes, { prefix: '/api/payouts' });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  await app.register(workspaceRoutes, { prefix: '/api/workspaces' });
  await app.register(partnerRoutes, { prefix: '/partner' });
  await app.register(v2Routes, { prefix: '/api/v2' });

  return app;
}

const app = await buildServer();
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
