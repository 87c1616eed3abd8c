import { Hono } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';

type Env = { Bindings: { DB: D1Database } };

const app = new Hono<Env>();

const limiter = rateLimiter({ windowMs: 60_000, limit: 10, keyGenerator: (c) => c.req.header('cf-connecting-ip') ?? 'anon' });

app.post('/auth/sign-in', limiter, async (c) => {
  const { email, password } = await c.req.json<{ email: string; password: string }>();
  const row = await c.env.DB.prepare('SELECT id, password_hash FROM users WHERE email = ?').bind(email).first<{ id: string; password_hash: string }>();
  if (!row || !(await checkPassword(password, row.password_hash))) return c.json({ error: 'invalid credentials' }, 401);
  return c.json({ ok: true });
});

app.get('/health', (c) => c.json({ ok: true }));

// catches what every route throws, the sign-in included
app.onError(async (err, c) => {
  // the sign-in body is still readable here: it holds the password
  const body = await c.req.json();
  // expect: token-logging
  console.error('unhandled', err.message, body);
  // ok: token-logging
  console.error('unhandled', c.req.method, c.req.path, err.message);
  return c.json({ error: 'internal error' }, 500);
});

async function checkPassword(password: string, hash: string): Promise<boolean> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return btoa(String.fromCharCode(...new Uint8Array(digest))) === hash;
}

export default app;
