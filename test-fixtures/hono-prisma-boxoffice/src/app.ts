import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { logger as requestLogger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { logger } from './lib/logger';
import { requireJwt } from './middleware/auth';
import { admin } from './routes/admin';
import { authRoutes } from './routes/auth';
import { events } from './routes/events';
import { orders } from './routes/orders';
import { publicRoutes } from './routes/public';
import { reports } from './routes/reports';
import { team } from './routes/team';
import { uploads } from './routes/uploads';
import { webhooks } from './routes/webhooks';

export const app = new Hono();

app.use('*', requestLogger());
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('boxoffice.example') ? origin : null),
    credentials: true,
  }),
);

// ok: missing-auth
app.get('/healthz', (c) => c.json({ ok: true }));

app.route('/auth', authRoutes);
app.route('/public', publicRoutes);
app.route('/webhooks', webhooks);
app.route('/admin', admin);
app.route('/api/events', events);
app.route('/api/orders', orders);
app.route('/api/team', team);
app.route('/api/uploads', uploads);

const apiGuard = new Hono();
apiGuard.use('*', requireJwt);
app.route('/api', apiGuard);
app.route('/api/reports', reports);

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    // ok: error-details-leak
    return err.getResponse();
  }
  logger.error({ err, path: c.req.path }, 'unhandled');
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});
