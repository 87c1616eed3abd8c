import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db';
import { requireRole, requireStaff, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

const RoleSchema = Joi.object({ role: Joi.string().valid('admin', 'manager', 'maintenance').required() });

export const teamRouter = new Router({ prefix: '/team' });
teamRouter.use(requireStaff);

// ok: missing-auth
teamRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ company_id: user.companyId }).select('id', 'email', 'role', 'created_at');
});

// managers open the team page too; the role dropdown was only hidden in the UI
// expect: missing-role-check
// ok: missing-auth, missing-input-validation
teamRouter.put('/:userId/role', validateBody(RoleSchema), async (ctx) => {
  const { role } = ctx.request.body as { role: string };
  // expect: unscoped-tenant-query
  const count = await db('users').where({ id: ctx.params.userId }).update({ role });
  if (!count) ctx.throw(404);
  ctx.status = 204;
});

// ok: missing-auth, missing-role-check
teamRouter.delete('/:userId', requireRole('admin'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  if (Number(ctx.params.userId) === user.sub) ctx.throw(400, 'You cannot remove yourself');
  // ok: unscoped-tenant-query
  const count = await db('users').where({ id: ctx.params.userId, company_id: user.companyId }).del();
  if (!count) ctx.throw(404);
  ctx.status = 204;
});
