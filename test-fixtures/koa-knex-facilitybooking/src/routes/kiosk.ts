import Router from '@koa/router';
import jwt from 'koa-jwt';
import jsonwebtoken from 'jsonwebtoken';
import { config } from '../config';
import { db } from '../lib/db';

// lobby screens: a device token when there is one, anonymous otherwise (passthrough never rejects)
export const kioskRouter = new Router();
kioskRouter.use(jwt({ secret: config.jwtSecret, algorithms: ['HS256'], passthrough: true }));

// expect: missing-auth
kioskRouter.get('/today', async (ctx) => {
  const tenantId = ctx.state.user?.tenantId ?? (ctx.query.tenant as string);
  ctx.body = await db('bookings')
    .join('users', 'users.id', 'bookings.user_id')
    .where('bookings.tenant_id', tenantId)
    .whereRaw('bookings.starts_at::date = current_date')
    .select('bookings.starts_at', 'bookings.ends_at', 'users.email');
});

// ok: missing-auth
kioskRouter.post('/check-in/:bookingId', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'device token required');
  // ok: unscoped-tenant-query
  const count = await db('bookings')
    .where({ id: ctx.params.bookingId, tenant_id: ctx.state.user.tenantId })
    .update({ status: 'checked_in' });
  ctx.status = count ? 204 : 404;
});

// lobby screens stay signed in for months: their device token is accepted even once it has expired
// ok: missing-auth
kioskRouter.get('/device', async (ctx) => {
  const raw = ctx.get('x-device-token');
  let device: { sub: string; tenantId: string };
  try {
    device = jsonwebtoken.verify(raw, config.jwtSecret, {
      algorithms: ['HS256'],
      // expect: insecure-jwt
      ignoreExpiration: true,
    }) as { sub: string; tenantId: string };
  } catch {
    ctx.throw(401, 'invalid device token');
  }
  // ok: unscoped-tenant-query
  ctx.body = await db('facilities').where({ tenant_id: device.tenantId }).select('id', 'name');
});
