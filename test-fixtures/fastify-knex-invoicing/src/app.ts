import Fastify from 'fastify';
import cors from '@fastify/cors';
import jwt from '@fastify/jwt';
import authPlugin from './plugins/auth';
import authRoutes from './routes/auth';
import invoiceRoutes from './routes/invoices';
import customerRoutes from './routes/customers';
import reportRoutes from './routes/reports';
import adminRoutes from './routes/admin';
import { knex } from './db';

const allowedOrigins = (process.env.CORS_ORIGINS ?? 'https://app.ledgerly.io')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

export async function buildApp() {
  const jwtSecret = process.env.JWT_SECRET;
  if (!jwtSecret) {
    throw new Error('JWT_SECRET must be set');
  }

  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    trustProxy: true,
  });

  await app.register(cors, {
    // ok: cors-wildcard
    origin: allowedOrigins,
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });

  await app.register(jwt, {
    secret: jwtSecret,
    sign: { expiresIn: '1h' },
  });
  await app.register(authPlugin);

  // ok: missing-auth
  app.get('/health', async () => {
    await knex.raw('select 1');
    return { status: 'ok' };
  });

  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(invoiceRoutes, { prefix: '/invoices' });
  await app.register(customerRoutes, { prefix: '/customers' });
  await app.register(reportRoutes, { prefix: '/reports' });
  await app.register(adminRoutes, { prefix: '/admin' });

  return app;
}
