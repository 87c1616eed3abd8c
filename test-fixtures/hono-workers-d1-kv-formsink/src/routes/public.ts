import { count, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { decode } from 'hono/jwt';
import { forms, submissions } from '../db/schema';
import { kvRateLimit } from '../middleware/rate-limit';
import type { AppEnv, TokenPayload } from '../types';

// Public endpoint the customers' HTML forms post to (no account on our side), mounted at /f.
export const publicRouter = new Hono<AppEnv>();

publicRouter.use('*', kvRateLimit({ prefix: 'submit', limit: 30, windowSec: 60 }));

// an anonymous write by design (customers' sites post here), but nothing tells that apart from a forgotten guard
// ok: missing-rate-limit, unrestricted-upload
// expect: missing-auth, missing-input-validation
publicRouter.post('/:formId', async (c) => {
  const db = drizzle(c.env.DB);
  const form = await db.select().from(forms).where(eq(forms.id, c.req.param('formId'))).get();
  if (!form) return c.text('Unknown form', 404);
  const body = await c.req.parseBody();
  const payload = Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string'));
  await db.insert(submissions).values({
    id: crypto.randomUUID(),
    formId: form.id,
    workspaceId: form.workspaceId,
    payload,
    createdAt: new Date(),
  });
  return form.redirectUrl ? c.redirect(form.redirectUrl) : c.text('Thanks!');
});

// the hosted form page shows the owner a banner with the submission count
// (the token is only decoded: its claims are the client's word (insecure-jwt), so nobody is signed in and the
// workspace test against them is forgeable: missing-auth)
// expect: missing-auth
publicRouter.get('/:formId/stats', async (c) => {
  const token = getCookie(c, 'fs_token');
  if (!token) return c.json({ error: 'Sign in' }, 401);
  // expect: insecure-jwt
  const { payload } = decode(token);
  const db = drizzle(c.env.DB);
  // ok: unscoped-tenant-query
  const form = await db.select().from(forms).where(eq(forms.id, c.req.param('formId'))).get();
  if (!form || form.workspaceId !== (payload as TokenPayload).workspaceId) return c.json({ error: 'Not found' }, 404);
  const [row] = await db.select({ n: count() }).from(submissions).where(eq(submissions.formId, form.id));
  return c.json({ submissions: row.n });
});

// ok: missing-auth
publicRouter.get('/health', (c) => c.json({ ok: true }));
