import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { count, eq } from 'drizzle-orm';
import { auth } from './lib/auth.js';
import { db, schema } from './db/index.js';
import { loadSession } from './middleware/session.js';
import { auditLogger, requestLogger } from './middleware/logging.js';
import { authLimiter } from './middleware/limits.js';
import { ticketsRoutes } from './routes/tickets.js';
import { adminRoutes } from './routes/admin.js';
import { internalRoutes } from './routes/internal.js';
import { portalRoutes } from './routes/portal.js';
import { webhookRoutes } from './routes/webhooks.js';
import { macroRoutes } from './routes/macros.js';
import { searchRoutes } from './routes/search.js';
import type { AppEnv } from './lib/types.js';

const app = new Hono<AppEnv>();

app.use('*', requestLogger);
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('tidedesk.io') ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);

// ok: missing-auth
app.get('/healthz', async (c) => {
  await db.execute('select 1');
  return c.json({ ok: true });
});

app.use('/api/auth/*', authLimiter);
// ok: missing-auth, missing-rate-limit
app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));

app.route('/webhooks', webhookRoutes);
app.route('/portal', portalRoutes);

// dashboard widget (the org id comes from the dashboard's query string)
// expect: missing-auth
app.get('/api/widgets/open-count', async (c) => {
  const orgId = c.req.query('org') ?? '';
  const [row] = await db.select({ n: count() }).from(schema.tickets).where(eq(schema.tickets.organizationId, orgId));
  return c.json({ open: row.n });
});

app.use('/api/*', loadSession);
app.use('/api/*', auditLogger);
app.route('/api/tickets', ticketsRoutes);
app.route('/api/admin', adminRoutes);
app.route('/api/internal', internalRoutes);
app.route('/', macroRoutes);
app.route('/api/search', searchRoutes);

// expect: missing-auth
app.get('/api/me/tickets', async (c) => {
  const user = c.get('user');
  const rows = await db.select().from(schema.tickets).where(eq(schema.tickets.assigneeId, user?.id ?? ''));
  return c.json(rows);
});

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  // ok: error-details-leak
  return c.json({ error: 'internal error', ...(process.env.NODE_ENV !== 'production' && { stack: err.stack }) }, 500);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
