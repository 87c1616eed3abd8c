import Router from '@koa/router';
import { z } from 'zod';
import { db } from '../db.js';
import { assertOrgAdmin } from '../lib/access.js';
import { requireOrgRole } from '../middleware/membership.js';

// mounted under /api/orgs/:orgId/members, behind requireMembership
export const membersRouter = new Router();

const Invite = z.object({ email: z.string().email(), role: z.enum(['admin', 'member']) });
const RoleChange = z.object({ role: z.enum(['owner', 'admin', 'member']) });

membersRouter.get('/', async (ctx) => {
  ctx.body = await db('memberships as m')
    .join('users as u', 'u.id', 'm.user_id')
    .where('m.org_id', ctx.params.orgId)
    .select('u.id', 'u.name', 'u.email', 'm.role');
});

// expect: missing-rate-limit
membersRouter.post('/invite', requireOrgRole('owner', 'admin'), async (ctx) => {
  const { email, role } = Invite.parse(ctx.request.body);
  const user = await db('users').where({ email }).first('id');
  if (!user) ctx.throw(404, 'ask them to sign up first');
  await db('memberships').insert({ org_id: ctx.params.orgId, user_id: user.id, role }).onConflict().ignore();
  ctx.status = 204;
});

// ok: missing-role-check
membersRouter.patch('/:userId/role', async (ctx) => {
  assertOrgAdmin(ctx);
  const { role } = RoleChange.parse(ctx.request.body);
  // ok: unscoped-tenant-query
  await db('memberships').where({ org_id: ctx.params.orgId, user_id: ctx.params.userId }).update({ role });
  ctx.status = 204;
});

// expect: missing-role-check
membersRouter.delete('/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('memberships').where({ org_id: ctx.params.orgId, user_id: ctx.params.userId }).del();
  ctx.status = 204;
});
