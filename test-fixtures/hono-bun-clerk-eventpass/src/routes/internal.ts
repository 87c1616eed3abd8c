import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { db } from '../lib/db';

// called by the payouts worker and the reporting service with service tokens
export const internal = new Hono();

// expect: insecure-jwt
internal.use('*', jwt({ secret: Bun.env.INTERNAL_JWT_SECRET ?? 'eventpass-internal-dev' }));

const requireScope = (scope: string) =>
  createMiddleware(async (c, next) => {
    const payload = c.get('jwtPayload') as { scopes?: string[] };
    if (!payload?.scopes?.includes(scope)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });

// ok: missing-auth, missing-role-check, unscoped-tenant-query
internal.post('/payouts/run', requireScope('payouts:run'), async (c) => {
  const pending = await db.payout.findMany({ where: { status: 'pending' } });
  await db.payout.updateMany({ where: { id: { in: pending.map((p) => p.id) } }, data: { status: 'processing' } });
  return c.json({ queued: pending.length });
});

// ok: missing-auth, missing-role-check
internal.get('/orgs/:orgId/events', requireScope('events:read'), async (c) => {
  // expect: token-logging
  console.info('internal events call', { authorization: c.req.header('Authorization'), orgId: c.req.param('orgId') });
  // ok: unscoped-tenant-query
  const rows = await db.event.findMany({ where: { orgId: c.req.param('orgId') } });
  return c.json(rows);
});
