import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './types';
import { requireUser } from './lib/auth';
import authApp from './routes/auth';
import publicApp from './routes/public';
import webhooks from './routes/webhooks';
import invoices from './routes/invoices';
import customers from './routes/customers';
import attachments from './routes/attachments';
import admin from './routes/admin';
import ops from './routes/ops';

const app = new Hono<AppEnv>();

app.use('*', secureHeaders());
app.use('*', async (c, next) => {
  // ok: token-logging
  console.log(c.req.method, c.req.path, c.req.header('cf-ray'));
  if (c.env.APP_ORIGIN.includes('staging')) {
    // every header, Authorization and Cookie included
    // expect: token-logging
    console.log('headers', c.req.header());
  }
  await next();
});
// public pages are read-only and carry no cookies: any origin may read them
// ok: cors-wildcard
app.use('/public/*', cors({ origin: '*' }));
app.use('/api/*', cors({
  // expect: cors-wildcard
  origin: (origin) => origin,
  credentials: true,
  allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
}));

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  // expect: error-details-leak
  return c.json({ error: 'internal', message: err.message }, 500);
});

// mounted before the JWT guard: public by design
app.get('/health', (c) => c.text('ok'));
app.route('/api/auth', authApp);
app.route('/public', publicApp);
app.route('/webhooks', webhooks);
app.route('/manage', ops);

app.use('/api/*', requireUser);
// chained mounts (the RPC client's type is taken from the chain)
const api = app.route('/api/invoices', invoices).route('/api/customers', customers);
export type ApiType = typeof api;
app.route('/api/attachments', attachments);
app.route('/api/admin', admin);

export default app;
