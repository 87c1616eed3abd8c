import { zValidator } from '@hono/zod-validator';
import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { jwt, sign } from 'hono/jwt';
import { z } from 'zod';
import { db } from '../db/index.js';
import { kioskDevices, orders } from '../db/schema.js';
import { env } from '../env.js';
import type { AppEnv, KioskClaims } from '../types.js';

// Kitchen display screens: tablets paired once with a 6-digit code, then authenticated by a kiosk JWT cookie.
export const kitchenRoutes = new Hono<AppEnv>();

const kioskAuth = jwt({ secret: env.kioskJwtSecret, cookie: 'kiosk_session', alg: 'HS256' });

// ok: missing-auth
// expect: missing-rate-limit
// ok: missing-input-validation
kitchenRoutes.post('/pair', zValidator('json', z.object({ code: z.string().regex(/^\d{6}$/) })), async (c) => {
  const { code } = c.req.valid('json');
  const [device] = await db.select().from(kioskDevices).where(eq(kioskDevices.pairingCode, code));
  if (!device) return c.json({ error: 'Invalid pairing code' }, 401);
  await db.update(kioskDevices).set({ pairingCode: null, pairedAt: new Date() }).where(eq(kioskDevices.id, device.id));
  const claims: KioskClaims = { sub: device.id, org: device.organizationId, exp: Math.floor(Date.now() / 1000) + 12 * 3600 };
  const token = await sign(claims, env.kioskJwtSecret);
  // expect: insecure-cookie
  setCookie(c, 'kiosk_session', token, { path: '/api/kitchen', maxAge: 12 * 3600 });
  return c.json({ deviceId: device.id, label: device.label });
});

// ok: missing-auth
kitchenRoutes.get('/tickets', kioskAuth, async (c) => {
  const { org } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const rows = await db.select().from(orders).where(and(eq(orders.organizationId, org), inArray(orders.status, ['received', 'preparing']))).orderBy(orders.createdAt);
  return c.json(rows);
});

// ok: missing-auth
kitchenRoutes.post('/tickets/:orderId/start', kioskAuth, async (c) => {
  const { org } = c.get('jwtPayload');
  // ok: unscoped-tenant-query
  const [order] = await db.update(orders).set({ status: 'preparing' }).where(and(eq(orders.id, c.req.param('orderId')), eq(orders.organizationId, org))).returning({ id: orders.id, status: orders.status });
  if (!order) return c.json({ error: 'Not found' }, 404);
  return c.json(order);
});

// expect: missing-auth
kitchenRoutes.post('/tickets/:orderId/bump', async (c) => {
  // ok: unscoped-tenant-query
  const [order] = await db.update(orders).set({ status: 'ready' }).where(eq(orders.id, c.req.param('orderId'))).returning({ id: orders.id, status: orders.status });
  if (!order) return c.json({ error: 'Not found' }, 404);
  return c.json(order);
});
