import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './lib/db';
import { logger } from './lib/logger';
import { requireJwt } from './middleware/auth';
import { reports } from './routes/reports';
import { sites } from './routes/sites';
import { admin, team } from './routes/admin';
import { partner } from './routes/partner';
import { webhooks } from './routes/webhooks';
import { oauth } from './routes/oauth';
import { insights } from './routes/insights';
import { share } from './routes/share';
import { devices } from './routes/devices';

const app = new Hono();

app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('fieldreports.app') ? origin : null),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);
// ok: cors-wildcard
app.use('/partner/*', cors({ origin: ['https://partners.fieldreports.app'], credentials: true }));

// ok: missing-auth
app.get('/healthz', async (c) => {
  await prisma.$queryRaw`SELECT 1`;
  return c.json({ ok: true });
});

app.route('/auth', oauth);
app.route('/webhooks', webhooks);
app.route('/share', share);

app.use('/api/*', requireJwt);
app.route('/api/reports', reports);
app.route('/api/sites', sites);
app.route('/api/admin', admin);
app.route('/api/team', team);
app.route('/api/insights', insights);

app.route('/partner', partner);
app.route('/devices', devices);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  logger.error({ err }, 'unhandled');
  // ok: error-details-leak
  return c.json({ error: 'internal error', ...(process.env.NODE_ENV !== 'production' ? { detail: err.message } : {}) }, 500);
});

export default { port: Number(process.env.PORT ?? 8787), fetch: app.fetch };
