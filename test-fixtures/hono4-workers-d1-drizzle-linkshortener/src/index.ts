import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { decodeJwt } from 'jose';
import { links } from './db/schema';
import { requireUser } from './middleware/auth';
import { account } from './routes/account';
import { admin } from './routes/admin';
import { auth } from './routes/auth';
import { billing } from './routes/billing';
import { ext } from './routes/ext';
import { stripeHooks } from './routes/stripe';
import { workspaceLinks } from './routes/links';
import type { AppEnv } from './types';

const app = new Hono<AppEnv>();

app.use('*', async (c, next) => {
  c.set('db', drizzle(c.env.DB));
  await next();
});

app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('shortly.test') ? origin : null),
    credentials: true,
    allowHeaders: ['Authorization', 'Content-Type'],
  }),
);

// ok: missing-auth
app.get('/healthz', (c) => c.text('ok'));

app.route('/api/auth', auth);
app.route('/api/ext', ext);
app.route('/admin', admin);

app.route('/webhooks', stripeHooks);
app.route('/api/billing', billing);
app.use('/api/billing/*', requireUser);

app.use('/api/account/*', requireUser);
app.route('/api/account', account);
app.use('/api/workspaces/*', requireUser);
app.route('/api/workspaces/:workspaceId', workspaceLinks);

// the dashboard's embeddable widget: the iframe passes its embed token along (only decoded: nobody is authenticated)
// expect: missing-auth
app.get('/embed/links/:slug/stats', async (c) => {
  const token = c.req.header('x-embed-token');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  // expect: insecure-jwt
  const claims = decodeJwt(token) as { workspaceId?: string };
  // the workspace comes from a token nobody verified: the client picks it (the route is reported by missing-auth)
  // ok: unscoped-tenant-query
  const [link] = await c.get('db').select().from(links).where(and(eq(links.slug, c.req.param('slug')), eq(links.workspaceId, claims.workspaceId ?? ''))).limit(1);
  if (!link) return c.json({ error: 'not found' }, 404);
  return c.json({ slug: link.slug, createdAt: link.createdAt });
});

// the short links themselves: public by design
// ok: missing-auth
app.get('/:slug{[a-zA-Z0-9_-]{3,40}}', async (c) => {
  // ok: unscoped-tenant-query
  const [link] = await c.get('db').select({ url: links.url, workspaceId: links.workspaceId }).from(links).where(and(eq(links.slug, c.req.param('slug')), eq(links.archived, false))).limit(1);
  if (!link) return c.notFound();
  c.env.CLICKS.writeDataPoint({ blobs: [c.req.param('slug'), c.req.header('referer') ?? ''], indexes: [link.workspaceId] });
  return c.redirect(link.url, 302);
});

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error('unhandled', err);
  // expect: error-details-leak
  return c.json({ error: 'internal', message: err.message }, 500);
});

export default app;
