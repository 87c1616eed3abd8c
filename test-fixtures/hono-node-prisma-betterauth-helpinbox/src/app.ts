import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { auth } from './lib/auth.js';
import { logger } from './lib/logger.js';
import type { AppEnv } from './lib/env.js';
import { loadSession } from './middleware/session.js';
import { requireUser } from './middleware/session.js';
import { publicRoutes } from './routes/public.js';
import { webhooks } from './routes/webhooks.js';
import { tickets } from './routes/tickets.js';
import { macros } from './routes/macros.js';
import { admin } from './routes/admin.js';
import { reports } from './routes/reports.js';
import { library } from './routes/library.js';
import { apiV1 } from './routes/apiV1.js';
import { internal } from './routes/internal.js';
import { kiosk } from './routes/kiosk.js';

export const app = new Hono<AppEnv>();

app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  }),
);

// ok: missing-auth, missing-rate-limit
app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));

app.use('*', loadSession);

app.route('/api/public', publicRoutes);
app.route('/api/webhooks', webhooks);
app.route('/api/tickets', tickets);
app.route('/api/macros', macros);

app.use('/api/admin/*', requireUser);
app.route('/api/admin', admin);

app.route('/api/reports', reports);
app.use('/api/reports/*', requireUser);
app.route('/api/library', library);
app.route('/api/v1', apiV1);
app.route('/internal', internal);
app.route('/kiosk', kiosk);

// ok: missing-auth
app.get('/api/me', (c) => c.json({ user: c.get('user'), activeOrganizationId: c.get('session')?.activeOrganizationId ?? null }));

app.onError((err, c) => {
  logger.error({ err }, 'request failed');
  // expect: error-details-leak
  return c.json({ error: 'internal_error', message: err.message }, 500);
});
