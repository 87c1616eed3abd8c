import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { logger } from 'hono/logger';
import { sessionGate } from './middleware/session';
import boards from './routes/boards';
import pins from './routes/pins';
import admin from './routes/admin';
import webhooks from './routes/webhooks';
import { db } from './lib/db';

const app = new Hono().basePath('/api');

app.use('*', logger());
app.use(
  '*',
  cors({
    // ok: cors-wildcard
    origin: ['https://app.pinboard.dev', 'https://pinboard.dev'],
    credentials: true,
  }),
);

app.route('/webhooks', webhooks);

// ok: missing-auth
app.get('/health', (c) => c.json({ ok: true }));

app.use('*', sessionGate);

app.route('/boards', boards);
app.route('/', pins);
app.route('/admin', admin);

// ok: missing-auth
app.get('/me/workspaces', async (c) => {
  const user = c.get('user');
  return c.json(await db.member.findMany({ where: { userId: user.id } }));
});

// registered after the gate, but the path is in PUBLIC_PATHS: public on purpose
// ok: missing-auth
// expect: missing-rate-limit
app.post('/auth/login', async (c) => {
  const { email } = await c.req.json();
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return c.json({ error: 'unknown email' }, 404);
  return c.json({ sent: true });
});

export default app;
