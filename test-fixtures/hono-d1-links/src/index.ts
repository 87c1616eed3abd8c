import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { basicAuth } from 'hono/basic-auth';
import { setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { z } from 'zod';
import { withUser, type AppEnv } from './auth';

const OPS_PASSWORD = process.env.OPS_PASSWORD ?? '';

const app = new Hono<AppEnv>();

// expect: missing-rate-limit
app.post('/api/login', async (c) => {
  const { email, password } = await c.req.json();
  const user = await c.env.DB.prepare('SELECT * FROM users WHERE email = ?').bind(email).first<any>();
  if (!user || !(await checkPassword(password, user.password_hash))) return c.json({ error: 'invalid' }, 401);
  const token = await sign({ sub: user.id, role: user.role }, c.env.JWT_SECRET);
  // ok: insecure-cookie
  setCookie(c, 'session', token, { httpOnly: true, secure: true, sameSite: 'Lax' });
  return c.json({ ok: true });
});

const api = new Hono<AppEnv>();
api.use('*', withUser);

api.get('/links', async (c) => {
  // ok: unscoped-tenant-query
  const { results } = await c.env.DB.prepare('SELECT * FROM links WHERE user_id = ?').bind(c.get('userId')).all();
  return c.json(results);
});

// D1 binds the statement's parameters after prepare(): the id is the client's
api.get('/links/:id', async (c) => {
  // expect: unscoped-tenant-query
  const link = await c.env.DB.prepare('SELECT * FROM links WHERE id = ?').bind(c.req.param('id')).first();
  return link ? c.json(link) : c.notFound();
});

api.get('/links/:id/stats', async (c) => {
  // ok: unscoped-tenant-query
  const link = await c.env.DB.prepare('SELECT clicks FROM links WHERE id = ? AND user_id = ?').bind(c.req.param('id'), c.get('userId')).first();
  return link ? c.json(link) : c.notFound();
});

api.delete('/links/:id', async (c) => {
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('DELETE FROM links WHERE id = ? AND user_id = ?').bind(c.req.param('id'), c.get('userId')).run();
  return c.body(null, 204);
});

// expect: missing-input-validation
api.patch('/links/:id', async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  // expect: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE links SET url = ?1 WHERE id = ?2').bind(url, c.req.param('id')).run();
  return c.json({ ok: true });
});

const LinkInput = z.object({ slug: z.string().regex(/^[a-z0-9-]{3,40}$/), url: z.string().url() });

// a schema narrowed where it is used still parses the body
// ok: missing-input-validation
api.put('/links/:id/url', async (c) => {
  const { url } = LinkInput.pick({ url: true }).parse(await c.req.json());
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE links SET url = ? WHERE id = ? AND user_id = ?').bind(url, c.req.param('id'), c.get('userId')).run();
  return c.json({ ok: true });
});

app.route('/api', api);

// one operators' token guards the whole admin area: holding it is the role
const admin = new Hono<AppEnv>();
admin.use('*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));
// ok: missing-role-check
admin.get('/users', async (c) => c.json((await c.env.DB.prepare('SELECT id, email FROM users').all()).results));
app.route('/admin', admin);

const ops = new Hono<AppEnv>();
ops.use('*', basicAuth({ username: 'ops', password: OPS_PASSWORD }));
// ok: missing-role-check
ops.delete('/users/:id', async (c) => {
  await c.env.DB.prepare('DELETE FROM users WHERE id = ?').bind(c.req.param('id')).run();
  return c.body(null, 204);
});
app.route('/ops', ops);

// basic auth checked per user: any staff account passes, so the admin area still needs a role
const internal = new Hono<AppEnv>();
internal.use('*', basicAuth({ verifyUser: (username, password, c) => checkStaff(c.env.DB, username, password) }));
// expect: missing-role-check
internal.post('/users/:id/ban', async (c) => {
  await c.env.DB.prepare('UPDATE users SET role = ? WHERE id = ?').bind('banned', c.req.param('id')).run();
  return c.json({ ok: true });
});
app.route('/internal', internal);

async function checkStaff(db: D1Database, username: string, password: string): Promise<boolean> {
  const row = await db.prepare('SELECT password_hash FROM users WHERE email = ?').bind(username).first<{ password_hash: string }>();
  return !!row && (await checkPassword(password, row.password_hash));
}

async function checkPassword(password: string, hash: string): Promise<boolean> {
  const data = new TextEncoder().encode(password);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return btoa(String.fromCharCode(...new Uint8Array(digest))) === hash;
}

export default app;
