import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { sign } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { db, appointments } from '../db';
import { env } from '../env';
import { practiceOf } from '../lib/tenant';
import type { AppEnv } from '../types';

// reception tablet; mounted at /api/kiosk after the /api app
export const kiosk = new Hono<AppEnv>();

// ok: missing-auth
kiosk.post('/pair', async (c) => {
  const token = await sign({ sub: c.get('jwtPayload').sub, practiceId: practiceOf(c), kind: 'kiosk', exp: Math.floor(Date.now() / 1000) + 30 * 86400 }, env.JWT_SECRET);
  // expect: insecure-cookie
  setCookie(c, 'kiosk_token', token, { path: '/', maxAge: 30 * 86400 });
  return c.json({ paired: true });
});

// ok: missing-auth
kiosk.post('/check-in/:appointmentId', async (c) => {
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(appointments)
    .set({ status: 'arrived' })
    .where(and(eq(appointments.id, c.req.param('appointmentId')), eq(appointments.practiceId, practiceOf(c))))
    .returning();
  return row ? c.json(row) : c.notFound();
});
