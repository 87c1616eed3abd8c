import Router from '@koa/router';
import { db } from '../lib/db';
import { currentUser } from '../services/tenantScope';

// facility managers' console; mounted without a role gate
export const manageRouter = new Router();

// expect: missing-role-check
manageRouter.post('/facilities/:id/close', async (ctx) => {
  const user = currentUser(ctx);
  try {
    // ok: unscoped-tenant-query
    await db('bookings')
      .where({ facility_id: ctx.params.id, tenant_id: user.tenantId })
      .andWhere('starts_at', '>', db.fn.now())
      .update({ status: 'cancelled' });
  } catch (err: any) {
    // Koa does not expose the message of a 5xx error to the client
    // ok: error-details-leak
    ctx.throw(500, err.message);
  }
  ctx.status = 204;
});
