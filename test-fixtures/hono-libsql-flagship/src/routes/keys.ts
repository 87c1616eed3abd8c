import { Hono } from 'hono';
import { validator } from 'hono/validator';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { nanoid } from 'nanoid';
import { db, apiKeys } from '../db';
import { createMiddleware } from 'hono/factory';
import { requireSession, type AppEnv } from '../middleware/session';
import { createApiKey } from '../lib/keys';

// a middleware that loads the user when there is a cookie, for pages that look different when signed in
const optionalSession = createMiddleware<AppEnv>(async (c, next) => {
  try {
    await requireSession(c, async () => {});
  } catch {
    // anonymous visitors are fine here
  }
  await next();
});

const keys = new Hono<AppEnv>().basePath('/v2/keys');

// ok: missing-input-validation
keys.post('/', requireSession, async (c) => {
  const raw = await createApiKey(c.get('user').teamId, await c.req.json());
  return c.json({ key: raw }, 201);
});

const labelSchema = z.object({ label: z.string().min(1).max(60) });

// ok: missing-input-validation
keys.on(['PUT', 'PATCH'], '/:id', requireSession, validator('json', (value, c) => {
  const parsed = labelSchema.safeParse(value);
  if (!parsed.success) return c.json({ error: 'invalid label' }, 400);
  return parsed.data;
}), async (c) => {
  const { teamId } = c.get('user');
  // ok: unscoped-tenant-query
  await db.update(apiKeys).set({ label: c.req.valid('json').label }).where(and(eq(apiKeys.id, c.req.param('id')), eq(apiKeys.teamId, teamId)));
  return c.body(null, 204);
});

// expect: missing-auth
keys.delete('/:id', optionalSession, async (c) => {
  await db.delete(apiKeys).where(eq(apiKeys.id, c.req.param('id')));
  return c.body(null, 204);
});

keys.get('/', requireSession, async (c) => {
  const { teamId } = c.get('user');
  const rows = await db
    // ok: unscoped-tenant-query
    .select({ id: apiKeys.id, label: apiKeys.label })
    .from(apiKeys)
    .where(eq(apiKeys.teamId, teamId))
    .catch((err: Error) => ({ error: err.message }));
  // expect: error-details-leak
  return c.json(rows);
});

keys.get('/csrf', requireSession, (c) => {
  const token = nanoid(32);
  // ok: insecure-cookie
  setCookie(c, 'csrf_token', token, { secure: true, sameSite: 'Strict', path: '/' });
  return c.json({ token });
});

export default keys;
