import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './types';
import { requireJwt } from './middleware/auth';
import auth from './routes/auth';
import shows from './routes/shows';
import episodes from './routes/episodes';
import uploads from './routes/uploads';
import team from './routes/team';
import admin from './routes/admin';
import webhooks from './routes/webhooks';
import pub from './routes/public';
import partner from './routes/partner';
import billing from './routes/billing';
import ops from './routes/ops';
import comments from './routes/comments';

const app = new Hono<AppEnv>();

app.use('*', logger());
app.use(
  '/api/*',
  cors({
    // expect: cors-wildcard
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  }),
);

app.route('/auth', auth);
app.route('/webhooks', webhooks);
app.route('/', pub);
app.route('/partner/v1', partner);
app.route('/billing', billing);
app.route('/internal/ops', ops);

// the landing page's live counter, added above the gate: it takes the workspace from the query string
// expect: missing-auth
app.get('/api/stats/listens', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT episode_id, COUNT(*) AS n FROM listens WHERE workspace_id = ? GROUP BY episode_id').bind(c.req.query('workspace')).all();
  return c.json(results);
});

app.use('/api/*', requireJwt);
app.route('/api/shows', shows);
app.route('/api', episodes);
app.route('/api/uploads', uploads);
app.route('/api/team', team);
app.route('/api/admin', admin);
app.route('/api/comments', comments);

app.onError((err, c) => {
  // errors the routes throw on purpose carry their own status and message
  if (err instanceof HTTPException) {
    // ok: error-details-leak
    return c.json({ error: err.message }, err.status);
  }
  console.error(err);
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});

export default app;
