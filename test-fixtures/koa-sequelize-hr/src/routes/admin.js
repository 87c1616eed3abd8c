'use strict';

const Router = require('@koa/router');
const bcrypt = require('bcryptjs');
const { ROLES, Company, User, Employee } = require('../models');
const { requireRole } = require('../middleware');

const MIN_PASSWORD_LENGTH = 12;

// Mounted under /api/admin by app.js
const router = new Router();

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (source && Object.prototype.hasOwnProperty.call(source, key)) {
      out[key] = source[key];
    }
  }
  return out;
}

// ok: missing-role-check
router.get('/users', requireRole('hr_admin'), async (ctx) => {
  // ok: unscoped-tenant-query
  const users = await User.findAll({
    where: { companyId: ctx.state.user.companyId },
    order: [['email', 'ASC']],
  });
  ctx.body = users;
});

// ok: missing-role-check
// expect: missing-input-validation
router.post('/users', requireRole('hr_admin'), async (ctx) => {
  const { email, password, role = 'employee' } = ctx.request.body || {};
  if (typeof email !== 'string' || typeof password !== 'string') {
    ctx.throw(400, 'email and password are required');
  }
  if (password.length < MIN_PASSWORD_LENGTH) {
    ctx.throw(400, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (!ROLES.includes(role)) {
    ctx.throw(400, `role must be one of: ${ROLES.join(', ')}`);
  }
  const user = await User.create({
    companyId: ctx.state.user.companyId,
    email,
    role,
    passwordHash: await bcrypt.hash(password, 12),
  });
  ctx.status = 201;
  ctx.body = { id: user.id, email: user.email, role: user.role };
});

// ok: missing-role-check
router.get('/users/:id', requireRole('hr_admin'), async (ctx) => {
  // expect: unscoped-tenant-query
  const user = await User.findByPk(ctx.params.id, {
    include: [{ model: Employee, as: 'employee' }],
  });
  if (!user) {
    ctx.throw(404, 'User not found');
  }
  ctx.body = user;
});

// expect: missing-role-check
// expect: missing-input-validation
router.patch('/users/:id/role', async (ctx) => {
  const { role } = ctx.request.body || {};
  if (!ROLES.includes(role)) {
    ctx.throw(400, `role must be one of: ${ROLES.join(', ')}`);
  }
  // ok: unscoped-tenant-query
  const [count] = await User.update(
    { role },
    { where: { id: ctx.params.id, companyId: ctx.state.user.companyId } }
  );
  if (count === 0) {
    ctx.throw(404, 'User not found');
  }
  ctx.body = { id: Number(ctx.params.id), role };
});

// ok: missing-role-check
router.delete('/employees/:id', async (ctx) => {
  if (ctx.state.user.role !== 'hr_admin') {
    ctx.throw(403, 'Only HR admins can delete employee records');
  }
  // ok: unscoped-tenant-query
  const deleted = await Employee.destroy({
    where: { id: ctx.params.id, companyId: ctx.state.user.companyId },
  });
  if (!deleted) {
    ctx.throw(404, 'Employee not found');
  }
  ctx.status = 204;
});

// expect: missing-role-check
router.get('/salaries', async (ctx) => {
  // ok: unscoped-tenant-query
  const rows = await Employee.findAll({
    where: { companyId: ctx.state.user.companyId },
    attributes: ['id', 'firstName', 'lastName', 'department', 'jobTitle', 'salary'],
    order: [['department', 'ASC'], ['lastName', 'ASC']],
  });
  ctx.body = rows;
});

// expect: missing-role-check
// expect: missing-input-validation
router.put('/company', async (ctx) => {
  const values = pick(ctx.request.body, ['name', 'payrollDay', 'timezone']);
  if (Object.keys(values).length === 0) {
    ctx.throw(400, 'Nothing to update');
  }
  // ok: unscoped-tenant-query
  await Company.update(values, { where: { id: ctx.state.user.companyId } });
  // ok: unscoped-tenant-query
  ctx.body = await Company.findByPk(ctx.state.user.companyId);
});

module.exports = router;
