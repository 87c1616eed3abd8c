import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db';
import { requireStaff, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

const ProfileSchema = Joi.object({ email: Joi.string().email() });

export const meRouter = new Router({ prefix: '/me' });
meRouter.use(requireStaff);

// ok: missing-auth
meRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ id: user.sub }).first('id', 'email', 'role', 'company_id');
});

// ok: missing-auth, missing-input-validation
meRouter.patch('/', validateBody(ProfileSchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  const { email } = ctx.request.body as { email?: string };
  // ok: unscoped-tenant-query
  await db('users').where({ id: user.sub }).update({ email });
  ctx.status = 204;
});

// the dashboard counters: open maintenance requests of the manager's buildings
// ok: missing-auth
meRouter.get('/maintenance', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const { rows } = await db.raw(
    `select m.id, m.description, m.priority, p.name as property
       from maintenance_requests m
       join leases l on l.id = m.lease_id
       join properties p on p.id = l.property_id
      where m.company_id = ? and p.manager_id = ?
      order by m.created_at desc`,
    [user.companyId, user.sub],
  );
  ctx.body = rows;
});
