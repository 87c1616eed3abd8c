import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { clerkMiddleware } from '@hono/clerk-auth';
import { events } from './routes/events';
import { tickets } from './routes/tickets';
import { orgs } from './routes/orgs';
import { internal } from './routes/internal';
import { webhooks } from './routes/webhooks';
import { venues } from './routes/venues';
import { me } from './routes/me';
import { kiosk } from './routes/kiosk';

const app = new Hono();

app.use('*', logger());
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);
app.use('/api/*', clerkMiddleware());

// ok: missing-auth
app.get('/health', (c) => c.json({ status: 'ok' }));

app.route('/api/events', events);
app.route('/api/tickets', tickets);
app.route('/api/orgs', orgs);
app.route('/api/venues', venues);
app.route('/api/me', me);
app.route('/kiosk', kiosk);
app.route('/internal', internal);
app.route('/webhooks', webhooks);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  // ok: error-details-leak
  return c.json({ error: 'internal_error' }, 500);
});

export default {
  port: Number(Bun.env.PORT ?? 3000),
  fetch: app.fetch,
};
