const Router = require('@koa/router');
const Joi = require('joi');
const { requireJwt } = require('../auth/passport');
const { requireRole } = require('../auth/roles');
const db = require('../lib/db');

const api = new Router({ prefix: '/api' });
api.use(requireJwt);

// ok: missing-auth
api.get('/me', async (ctx) => {
  const { id, email, role, branch_id } = ctx.state.user;
  ctx.body = { id, email, role, branchId: branch_id };
});

// ok: missing-role-check
api.get('/admin/users', requireRole('admin'), async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ branch_id: ctx.state.user.branch_id }).select('id', 'email', 'role');
});

const RoleChange = Joi.object({ role: Joi.string().valid('officer', 'manager', 'admin').required() });

// ok: missing-role-check, missing-input-validation
api.patch('/admin/users/:id/role', requireRole('admin'), async (ctx) => {
  const { role } = await RoleChange.validateAsync(ctx.request.body);
  // expect: unscoped-tenant-query
  await db('users').where({ id: ctx.params.id }).update({ role });
  ctx.body = { ok: true };
});

// expect: missing-role-check
api.delete('/staff/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const n = await db('users').where({ id: ctx.params.id, branch_id: ctx.state.user.branch_id }).del();
  if (!n) ctx.throw(404);
  ctx.status = 204;
});

module.exports = api;
