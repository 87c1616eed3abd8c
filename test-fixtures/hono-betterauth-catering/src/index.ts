import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { auth } from './auth.js';
import { env } from './env.js';
import { logger } from './lib/logger.js';
import { authLimiter } from './middleware/rate-limit.js';
import { requireAuth, sessionMiddleware } from './middleware/session.js';
import { adminRoutes } from './routes/admin.js';
import { api } from './routes/api.js';
import { billingRoutes } from './routes/billing.js';
import { eventsRoutes } from './routes/events.js';
import { internalRoutes } from './routes/internal.js';
import { kitchenRoutes } from './routes/kitchen.js';
import { menusRoutes } from './routes/menus.js';
import { embedRoutes } from './routes/public.js';
import { reportsRoutes } from './routes/reports.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { AppEnv } from './types.js';

const app = new Hono<AppEnv>();

app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('cateringhq.app') ? origin : env.appUrl),
    allowHeaders: ['Content-Type', 'Authorization'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    credentials: true,
  }),
);

app.use('*', sessionMiddleware);

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }));

app.use('/api/auth/*', authLimiter);
// ok: missing-auth, missing-rate-limit
app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));

// ok: missing-auth
app.get('/api/me', requireAuth, (c) => c.json({ user: c.get('user'), activeOrganizationId: c.get('session')?.activeOrganizationId }));

app.route('/embed', embedRoutes);
app.route('/api/webhooks', webhookRoutes);
app.route('/api/kitchen', kitchenRoutes);
app.route('/api/reports', reportsRoutes);
app.route('/api/events', eventsRoutes);
app.route('/api/menus', menusRoutes);
app.route('/api/admin', adminRoutes);
app.route('/api/internal', internalRoutes);
app.route('/api/billing', billingRoutes);
app.route('/api', api);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  logger.error({ err, path: c.req.path }, 'unhandled error');
  // ok: error-details-leak
  return c.json({ error: 'Internal server error' }, 500);
});

serve({ fetch: app.fetch, port: env.port }, (info) => {
  logger.info(`catering api listening on :${info.port}`);
});
