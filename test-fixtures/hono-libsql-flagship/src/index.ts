import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { createMiddleware } from 'hono/factory';
import { eq } from 'drizzle-orm';
import { db, teams } from './db';
import { requireSession, type AppEnv } from './middleware/session';
import auth from './routes/auth';
import projects from './routes/projects';
import flagsRoutes from './routes/flags';
import members from './routes/members';
import admin from './routes/admin';
import sdk from './routes/sdk';
import hooks from './routes/webhooks';
import { embed, embedTokens } from './routes/embed';
import me from './routes/me';
import reports from './routes/reports';
import segments from './routes/segments';
import internal from './routes/internal';
import changelog from './routes/changelog';
import keys from './routes/keys';
import envs from './routes/environments';
import teamProjects from './routes/teamProjects';
import cross from './routes/crossTeam';
import billing, { usageFeed } from './routes/billing';
import docs from './routes/docs';

const app = new Hono<AppEnv>();

const requestLog = createMiddleware(async (c, next) => {
  const started = Date.now();
  await next();
  // expect: token-logging
  console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${Date.now() - started}ms auth=${c.req.header('authorization')}`);
});

app.use('*', requestLog);
app.use('*', secureHeaders());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
  }),
);
app.use(
  '/sdk/*',
  // ok: cors-wildcard
  cors({ origin: ['https://app.flagship.example', 'https://docs.flagship.example'] }),
);

// ok: missing-auth
app.get('/healthz', (c) => c.json({ ok: true }));

app.route('/api/auth', auth);
app.route('/webhooks', hooks);
app.route('/sdk/v1', sdk);
app.route('/embed/v1', embed);
app.route('/api/reports', reports);
app.route('/internal', internal);
app.route('/changelog', changelog);
app.route('/feeds/usage', usageFeed);
app.route('/docs', docs);
app.route('/', keys);
app.route('/teams/:teamId/projects', teamProjects);

// expect: missing-auth
app.get('/api/teams/current', async (c) => {
  const teamId = c.req.header('x-team-id') ?? '';
  const [team] = await db.select().from(teams).where(eq(teams.id, teamId));
  return c.json(team ?? null);
});

app.use('/api/*', requireSession);

// ok: missing-auth
app.get('/api/teams/mine', async (c) => {
  // ok: unscoped-tenant-query
  const [team] = await db.select().from(teams).where(eq(teams.id, c.get('user').teamId));
  return c.json(team);
});

app.route('/api/projects', projects);
app.route('/api', flagsRoutes);
app.route('/api', embedTokens);
app.route('/api/members', members);
app.route('/api/me', me);
app.route('/api/admin', admin);
app.route('/api/segments', segments);
app.route('/api/environments', envs);
app.route('/api/cross', cross);
app.route('/api/billing', billing);

app.onError((err, c) => {
  if (err instanceof HTTPException) return err.getResponse();
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8787) });
