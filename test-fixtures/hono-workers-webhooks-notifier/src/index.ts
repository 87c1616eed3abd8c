import { Hono } from 'hono';
import type { AppEnv } from './lib/env';
import { requireTeam } from './middleware/auth';
import { webhooks } from './routes/webhooks';
import { github } from './routes/github';
import { discord } from './routes/discord';
import { api } from './routes/api';
import { auth } from './routes/auth';

const app = new Hono<AppEnv>();

// ok: missing-auth
app.get('/', (c) => c.text('notifier up'));

app.route('/webhooks', webhooks);
app.route('/webhooks/github', github);
app.route('/discord', discord);
app.route('/auth', auth);

app.use('/api/*', requireTeam);
app.route('/api', api);

app.onError((err, c) => {
  console.error('unhandled', err);
  // expect: error-details-leak
  return c.json({ error: err.message, stack: err.stack }, 500);
});

export default app;
