import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db';
import { requireRole, requireStaff, type StaffClaims } from '../middleware/auth';
import { validateBody } from '../middleware/validate';

const RoleSchema = Joi.object({ role: Joi.string().valid('admin', 'manager', 'maintenance').required() });
const InviteSchema = Joi.object({ email: Joi.string().email().required(), role: Joi.string().valid('manager', 'maintenance').required() });

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

// ok: missing-auth, missing-role-check, missing-input-validation
// expect: missing-rate-limit
teamRouter.post('/invite', validateBody(InviteSchema), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  ctx.assert(user.role === 'admin', 403, 'Only admins can invite');
  const { email, role } = ctx.request.body as { email: string; role: string };
  const [invite] = await db('invitations')
    .insert({ company_id: user.companyId, email: email.toLowerCase(), role, invited_by: user.sub, token: crypto.randomUUID() })
    .returning(['id', 'email', 'role']);
  ctx.status = 201;
  ctx.body = invite;
});
