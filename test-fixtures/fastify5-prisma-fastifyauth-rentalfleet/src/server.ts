import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import vehicleRoutes from './routes/vehicles.js';
import maintenanceRoutes from './routes/maintenance.js';
import rentalRoutes from './routes/rentals.js';
import customerRoutes from './routes/customers.js';
import adminRoutes from './routes/admin.js';
import publicRoutes from './routes/public.js';
import webhookRoutes from './routes/webhooks.js';
import staffOnly from './plugins/staffOnly.js';
import reportRoutes from './routes/reports.js';
import statsRoutes from './routes/stats.js';

const app = Fastify({
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? 'https://app.rentalfleet.example').split(',');
// ok: cors-wildcard
await app.register(cors, { origin: allowedOrigins, credentials: true });
// ok: hardcoded-secret
await app.register(cookie, { secret: process.env.COOKIE_SECRET });
await app.register(rateLimit, { max: 100, timeWindow: '1 minute' });
await app.register(authPlugin);

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  // expect: error-details-leak
  reply.code(error.statusCode ?? 500).send({ error: error.message, stack: error.stack });
});

await app.register(authRoutes, { prefix: '/auth' });
await app.register(vehicleRoutes, { prefix: '/api/vehicles' });
await app.register(maintenanceRoutes, { prefix: '/api/maintenance' });
await app.register(rentalRoutes, { prefix: '/api/rentals' });
await app.register(customerRoutes, { prefix: '/api/customers' });
await app.register(adminRoutes, { prefix: '/api/admin' });
await app.register(publicRoutes, { prefix: '/public' });
await app.register(webhookRoutes, { prefix: '/webhooks' });
await app.register(import('./routes/kiosk.js'), { prefix: '/kiosk' });

await app.register(async (staff) => {
  await staff.register(reportRoutes, { prefix: '/api/reports' });
  await staff.register(staffOnly);
  await staff.register(statsRoutes, { prefix: '/api/stats' });
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
