import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { jwt } from 'hono/jwt';
import { bearerAuth } from 'hono/bearer-auth';
import { and, lt } from 'drizzle-orm';
import { secureHeaders } from 'hono/secure-headers';
import { eq } from 'drizzle-orm';
import { db, tickets } from './db';
import { env } from './lib/env';
import { debugAuth, requestLog } from './middleware/request-log';
import { authRoutes } from './routes/auth';
import { publicRoutes } from './routes/public';
import { webhookRoutes } from './routes/webhooks';
import { ticketRoutes, ticketsV2 } from './routes/tickets';
import { cannedRoutes } from './routes/canned';
import { adminRoutes } from './routes/admin';
import { escalationRoutes, internalRoutes } from './routes/internal';
import { attachmentRoutes } from './routes/attachments';
import { reportRoutes } from './routes/reports';
import { billingRoutes } from './routes/billing';

const app = new Hono();

app.use('*', requestLog);
app.use('*', secureHeaders());
app.use(
  '*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }));

app.route('/auth', authRoutes);
app.route('/public', publicRoutes);
app.route('/webhooks', webhookRoutes);

// Status page widget polls this; registered before the JWT middleware below.
// expect: missing-auth
app.get('/api/queue-depth', async (c) => {
  const orgId = c.req.query('orgId')!;
  const open = await db.select({ id: tickets.id, subject: tickets.subject }).from(tickets).where(eq(tickets.orgId, orgId));
  return c.json({ open: open.length, latest: open.slice(0, 5) });
});

// Scheduler closes tickets idle for 30 days, across every organization.
// ok: missing-auth
app.post('/cron/close-stale', bearerAuth({ token: process.env.CRON_TOKEN! }), async (c) => {
  const cutoff = new Date(Date.now() - 30 * 864e5);
  // ok: unscoped-tenant-query
  await db.update(tickets).set({ status: 'closed' }).where(and(eq(tickets.status, 'open'), lt(tickets.createdAt, cutoff)));
  return c.json({ ok: true });
});

app.use('/api/*', debugAuth);
app.use('/api/*', jwt({ secret: env.jwtSecret }));

app.route('/api/tickets', ticketRoutes);
app.route('/api/canned-replies', cannedRoutes);
app.route('/api/admin', adminRoutes);
app.route('/api/internal', internalRoutes);
app.route('/api/admin/escalations', escalationRoutes);
app.route('/api', attachmentRoutes);
app.route('/api', ticketsV2);
app.route('/reports', reportRoutes);
app.route('/billing', billingRoutes);

app.onError((err, c) => {
  console.error(err);
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
