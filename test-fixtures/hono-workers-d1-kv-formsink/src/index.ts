import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { admin } from './routes/admin';
import { auth } from './routes/auth';
import { formsRouter } from './routes/forms';
import { publicRouter } from './routes/public';
import { v1 } from './routes/v1';
import { webhooks } from './routes/webhooks';
import type { AppEnv } from './types';

const app = new Hono<AppEnv>();

app.use('*', logger());

app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('formsink.example') ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);

app.route('/f', publicRouter);
app.route('/api/auth', auth);
app.route('/api/forms', formsRouter);
app.route('/api/admin', admin);
app.route('/v1', v1);
app.route('/webhooks', webhooks);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});

export default app;
