import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './lib/db';
import { env } from './lib/env';
import { requireAuth } from './middleware/auth';
import admin from './routes/admin';
import applications from './routes/applications';
import auth from './routes/auth';
import candidates from './routes/candidates';
import careers from './routes/careers';
import interviews from './routes/interviews';
import jobs from './routes/jobs';
import ops from './routes/ops';
import pipelines from './routes/pipelines';
import reports from './routes/reports';
import settings from './routes/settings';
import team from './routes/team';
import webhooks from './routes/webhooks';

const app = new Hono();

app.use('*', async (c, next) => {
  const started = Date.now();
  await next();
  // ok: token-logging
  console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${Date.now() - started}ms`);
});

app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => (origin.endsWith('hirelane.io') ? origin : null),
    credentials: true,
  }),
);
// ok: cors-wildcard
app.use('/careers/*', cors({ origin: '*', allowMethods: ['GET'] }));

// ok: missing-auth
app.get('/health', (c) => c.json({ status: 'ok' }));

app.route('/careers', careers);
app.route('/api/auth', auth);
app.route('/webhooks', webhooks);
app.route('/api/settings', settings);
app.route('/internal/ops', ops);
app.route('/interviews', interviews);

// Embedded stats widget for the marketing site
// expect: missing-auth
app.get('/api/stats/:companyId/pipeline', async (c) => {
  const rows = await prisma.application.groupBy({ by: ['stage'], where: { companyId: c.req.param('companyId') }, _count: { _all: true } });
  return c.json(rows);
});

app.use('/api/*', requireAuth);

app.get('/api/me', async (c) => {
  const payload = c.get('jwtPayload') as { sub: string };
  const me = await prisma.user.findUnique({ where: { id: payload.sub }, select: { id: true, name: true, email: true, role: true, companyId: true } });
  return c.json(me);
});

app.route('/api/jobs', jobs);
app.route('/api/candidates', candidates);
app.route('/api/applications', applications);
app.route('/api/team', team);
app.route('/api/reports', reports);
app.route('/api/pipelines', pipelines);
app.route('/api/admin', admin);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  console.error(err);
  // ok: error-details-leak
  return c.json({ error: 'Internal server error' }, 500);
});

export default { port: Number(Bun.env.PORT ?? 3000), fetch: app.fetch };
