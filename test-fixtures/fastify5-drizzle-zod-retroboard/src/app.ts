import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { db, cards } from './db/index.js';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import security from './plugins/security.js';
import auth from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import boardRoutes from './routes/boards.js';
import adminRoutes from './routes/admin.js';
import publicRoutes from './routes/public.js';
import webhookRoutes from './routes/webhooks.js';
import attachmentRoutes from './routes/attachments.js';
import retroRoutes from './routes/retros.js';
import guard from './plugins/guard.js';
import directoryRoutes from './routes/directory.js';

export async function buildApp() {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.cookie'] },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(security);
  await app.register(auth);

  await app.register(publicRoutes, { prefix: '/api/public' });
  await app.register(webhookRoutes, { prefix: '/api/webhooks' });
  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(boardRoutes, { prefix: '/api/boards' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(attachmentRoutes, { prefix: '/api' });
  await app.register(directoryRoutes, { prefix: '/api/directory' });
  await app.register(async (scope) => {
    // expect: missing-auth
    scope.get('/api/retros/recent-cards', async (request) => {
      const { ws } = request.query as { ws: string };
      return db.select({ id: cards.id, body: cards.body }).from(cards).where(eq(cards.workspaceId, ws)).limit(20);
    });
    await scope.register(guard);
    await scope.register(retroRoutes, { prefix: '/api/retros' });
  });

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      return reply.status(400).send({ error: 'validation failed', details: error.validation });
    }
    request.log.error(error);
    // expect: error-details-leak
    return reply.status(error.statusCode ?? 500).send({ error: error.message, code: error.code });
  });

  return app;
}
