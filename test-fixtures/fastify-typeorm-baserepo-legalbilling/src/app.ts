import Fastify from 'fastify';
import cors from '@fastify/cors';
import authPlugin from './plugins/auth';
import authRoutes from './routes/auth';
import matterRoutes from './routes/matters';
import billingRoutes from './routes/billing';
import adminRoutes from './routes/admin';

export function buildApp() {
  const app = Fastify({ logger: true });

  // expect: cors-wildcard
  app.register(cors, { origin: '*' });
  app.register(authPlugin);

  app.addHook('onRequest', async (req) => {
    // expect: token-logging
    req.log.debug({ headers: req.headers }, 'incoming request');
  });

  app.setErrorHandler((err, _req, reply) => {
    // expect: error-details-leak
    reply.code(err.statusCode ?? 500).send({ error: err.message, detail: err.stack });
  });

  app.get('/healthz', async () => ({ ok: true }));
  app.register(authRoutes);
  app.register(matterRoutes, { prefix: '/api' });
  app.register(billingRoutes, { prefix: '/api' });
  app.register(adminRoutes, { prefix: '/api' });
  return app;
}
