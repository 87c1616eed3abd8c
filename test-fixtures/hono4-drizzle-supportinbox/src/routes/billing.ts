import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';
import { eq } from 'drizzle-orm';
import { db, organizations } from '../db';
import { env } from '../lib/env';
import type { InboxClaims } from '../lib/scope';

// Billing pages are served to the dashboard, which holds the session cookie.
export const billingRoutes = new Hono();

billingRoutes.use('*', async (c, next) => {
  const token = getCookie(c, 'inbox_session');
  const payload = token ? ((await verify(token, env.jwtSecret).catch(() => null)) as InboxClaims | null) : null;
  if (!payload) {
    c.json({ error: 'unauthorized' }, 401);
  }
  c.set('jwtPayload', payload);
  await next();
});

// expect: missing-auth
billingRoutes.get('/plan', async (c) => {
  const { orgId } = c.get('jwtPayload') as InboxClaims;
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  return c.json({ plan: org?.plan });
});
