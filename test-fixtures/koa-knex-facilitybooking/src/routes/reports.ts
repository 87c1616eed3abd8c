import Router from '@koa/router';
import { db } from '../lib/db';

export const reportsRouter = new Router();

// utilisation CSV for the BI connector, which "cannot send headers" (see the jwt unless list)
// expect: missing-auth, missing-rate-limit
reportsRouter.get('/bookings.csv', async (ctx) => {
  const rows = await db('bookings')
    .join('users', 'users.id', 'bookings.user_id')
    .where('bookings.tenant_id', ctx.query.tenant as string)
    .select('bookings.starts_at', 'bookings.ends_at', 'users.email', 'bookings.notes');
  ctx.type = 'text/csv';
  ctx.body = rows.map((r) => [r.starts_at.toISOString(), r.ends_at.toISOString(), r.email, r.notes ?? ''].join(',')).join('\n');
});
