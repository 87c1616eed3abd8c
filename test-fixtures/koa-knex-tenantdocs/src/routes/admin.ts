import Router from '@koa/router';
import { db } from '../db.js';
import { requireSuperuser } from '../middleware/membership.js';

// platform staff console
export const adminRouter = new Router();
adminRouter.use(requireSuperuser);

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/orgs', async (ctx) => {
  ctx.body = await db('orgs')
    .leftJoin('memberships', 'memberships.org_id', 'orgs.id')
    .groupBy('orgs.id')
    .select('orgs.id', 'orgs.name', 'orgs.suspended')
    .count('memberships.user_id as members');
});

// ok: missing-role-check
adminRouter.post('/orgs/:orgId/suspend', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('orgs').where({ id: ctx.params.orgId }).update({ suspended: true });
  ctx.status = 204;
});
