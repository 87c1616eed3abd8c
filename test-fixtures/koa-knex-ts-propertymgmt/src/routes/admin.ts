import Router from '@koa/router';
import { db } from '../db';
import { requireRole, requireStaff } from '../middleware/auth';

// platform operators (our own support staff), across every company
export const adminRouter = new Router({ prefix: '/admin' });
adminRouter.use(requireStaff, requireRole('superadmin'));

// ok: missing-auth, missing-role-check
adminRouter.get('/companies', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('companies')
    .leftJoin('properties', 'properties.company_id', 'companies.id')
    .groupBy('companies.id')
    .select('companies.id', 'companies.name', 'companies.status', db.raw('count(properties.id)::int as properties'));
});

// ok: missing-auth, missing-role-check
adminRouter.post('/companies/:id/suspend', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('companies').where({ id: ctx.params.id }).update({ status: 'suspended' });
  ctx.status = 204;
});
