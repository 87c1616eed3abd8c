import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import rawBody from 'fastify-raw-body';
import authPlugin from './plugins/auth.js';
import authRoutes from './routes/auth.js';
import spaceRoutes from './routes/spaces.js';
import bookingRoutes from './routes/bookings.js';
import invoiceRoutes from './routes/invoices.js';
import documentRoutes from './routes/documents.js';
import manageRoutes from './routes/manage.js';
import webhookRoutes from './routes/webhooks.js';
import kioskRoutes from './routes/kiosk.js';
import statsRoutes from './routes/stats.js';
import receiptRoutes from './routes/receipts.js';
import partnerRoutes from './routes/partner.js';

const app = Fastify({
  logger: {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  },
});

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? 'https://app.coworkhq.io').split(',');

// ok: cors-wildcard
await app.register(cors, { origin: allowedOrigins, credentials: true });
await app.register(cookie);
await app.register(rateLimit, { global: false, max: 100, timeWindow: '1 minute' });
// ok: unrestricted-upload
await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
await app.register(rawBody, { field: 'rawBody', global: false, runFirst: true });
await app.register(authPlugin);

// ok: missing-auth
app.get('/healthz', async () => ({ ok: true }));

await app.register(authRoutes, { prefix: '/auth' });
await app.register(spaceRoutes, { prefix: '/spaces' });
await app.register(bookingRoutes, { prefix: '/bookings' });
await app.register(invoiceRoutes, { prefix: '/invoices' });
await app.register(documentRoutes, { prefix: '/documents' });
await app.register(manageRoutes, { prefix: '/manage' });
await app.register(webhookRoutes, { prefix: '/webhooks' });
await app.register(kioskRoutes, { prefix: '/kiosk' });
await app.register(statsRoutes, { prefix: '/stats' });
await app.register(receiptRoutes, { prefix: '/receipts' });
await app.register(partnerRoutes, { prefix: '/partner' });
await app.register(import('./routes/announcements.js'), { prefix: '/announcements' });

app.setErrorHandler((error, request, reply) => {
  request.log.error({ err: error }, 'request failed');
  // expect: error-details-leak
  reply.status(error.statusCode ?? 500).send({ error: error.name, message: error.message });
});

await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
