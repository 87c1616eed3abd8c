import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestLogger, debugLogger } from './middleware/logger';
import { health } from './routes/health';
import { authApp } from './routes/auth';
import { webhooks } from './routes/webhooks';
import { widget } from './routes/widget';
import { api } from './routes/api';
import { kiosk } from './routes/kiosk';
import { display } from './routes/display';
import { env } from './env';

export const app = new Hono();

app.use('*', requestLogger);
app.use('*', debugLogger);
// the booking widget is embedded on practices' own sites and only reads free slots
// ok: cors-wildcard
app.use('/widget/*', cors({ origin: '*', allowMethods: ['GET'] }));
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
  }),
);

app.use(
  '/display/*',
  cors({
    // ok: cors-wildcard
    origin: (origin) => (env.APP_ORIGINS.includes(origin) ? origin : null),
    credentials: true,
  }),
);

app.route('/health', health);
app.route('/auth', authApp);
app.route('/webhooks', webhooks);
app.route('/widget', widget);
app.route('/display', display);
app.route('/api', api);
// the reception tablet; mounted after /api, so the api's JWT middleware covers it too
app.route('/api/kiosk', kiosk);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});
