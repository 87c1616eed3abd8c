import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';

import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import vehicleRoutes from './routes/vehicles.js';
import driverRoutes from './routes/drivers.js';
import tripRoutes from './routes/trips.js';
import documentRoutes from './routes/documents.js';
import userRoutes from './routes/users.js';
import adminRoutes from './routes/admin.js';
import webhookRoutes from './routes/webhooks.js';
import trackingRoutes from './routes/tracking.js';
import partnerRoutes from './routes/partner.js';
import fuelRoutes from './routes/fuel.js';
import inspectionRoutes from './routes/inspections.js';
import settingsRoutes from './routes/settings.js';
import maintenanceRoutes from './routes/maintenance.js';

export async function buildApp() {
  const app = Fastify({
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cors, {
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, !origin || origin.endsWith('fleetops.io')),
    credentials: true,
  });

  await app.register(cookie, {
    // expect: hardcoded-secret
    secret: process.env.COOKIE_SECRET ?? 'fleetops-cookie-signing-dev',
  });

  // ok: insecure-jwt
  await app.register(jwt, {
    secret: process.env.JWT_SECRET!,
    sign: { algorithm: 'HS256', expiresIn: '8h' },
    verify: { algorithms: ['HS256'] },
    cookie: { cookieName: 'fo_session', signed: true },
  });

  await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });

  // ok: unrestricted-upload
  await app.register(multipart, { limits: { fileSize: 8 * 1024 * 1024, files: 1 } });

  await app.register(authPlugin);

  app.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      // ok: error-details-leak
      return reply.status(400).send({ error: 'Invalid request', details: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    // ok: error-details-leak
    return reply.status(status).send({ error: status < 500 ? error.message : 'Internal server error' });
  });

  // ok: missing-auth
  app.get('/health', async () => ({ status: 'ok' }));

  await app.register(authRoutes, { prefix: '/api/auth' });
  await app.register(vehicleRoutes, { prefix: '/api/vehicles' });
  await app.register(driverRoutes, { prefix: '/api/drivers' });
  await app.register(tripRoutes, { prefix: '/api/trips' });
  await app.register(documentRoutes, { prefix: '/api/documents' });
  await app.register(userRoutes, { prefix: '/api/users' });
  await app.register(adminRoutes, { prefix: '/api/admin' });
  await app.register(webhookRoutes, { prefix: '/api/webhooks' });
  await app.register(trackingRoutes, { prefix: '/api/tracking' });
  await app.register(partnerRoutes, { prefix: '/api/partner' });
  await app.register(fuelRoutes, { prefix: '/api/fuel' });
  await app.register(inspectionRoutes, { prefix: '/api/inspections' });
  await app.register(settingsRoutes, { prefix: '/api/settings' });
  await app.register(maintenanceRoutes, { prefix: '/api/maintenance' });

  return app;
}
