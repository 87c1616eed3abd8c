import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';
import { validator } from 'hono/validator';
import type { AppEnv, Claims } from '../types';

// the billing pages call this with the session cookie; its own gate, mounted outside /api
const billing = new Hono<AppEnv>();

billing.use('*', async (c, next) => {
  const token = getCookie(c, 'castline_session');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  try {
    c.set('jwtPayload', (await verify(token, c.env.JWT_SECRET, 'HS256')) as Claims);
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});

// ok: missing-auth
billing.get('/summary', async (c) => {
  const { wid } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const ws = await c.env.DB.prepare('SELECT name, plan FROM workspaces WHERE id = ?').bind(wid).first();
  return c.json(ws);
});

// the plan switch: owners only, the body checked by a hand-written validator
// ok: missing-auth, missing-role-check, missing-input-validation
billing.post(
  '/plan',
  validator('json', (value, c) => {
    if (value?.plan !== 'free' && value?.plan !== 'pro') return c.json({ error: 'unknown plan' }, 400);
    return { plan: value.plan as 'free' | 'pro' };
  }),
  async (c) => {
    const claims = c.get('jwtPayload');
    if (claims.role !== 'owner') return c.json({ error: 'forbidden' }, 403);
    // ok: unscoped-tenant-query
    await c.env.DB.prepare('UPDATE workspaces SET plan = ? WHERE id = ?').bind(c.req.valid('json').plan, claims.wid).run();
    return c.body(null, 204);
  },
);

// renaming the workspace: any member, and the name is taken as posted
// ok: missing-auth
// expect: missing-input-validation
billing.post('/workspace-name', async (c) => {
  const { wid } = c.get('jwtPayload');
  const { name } = await c.req.json<{ name: string }>();
  // ok: unscoped-tenant-query
  await c.env.DB.prepare('UPDATE workspaces SET name = ? WHERE id = ?').bind(name, wid).run();
  return c.body(null, 204);
});

export default billing;
