'use strict';

const Router = require('@koa/router');
const { Employee, Payslip } = require('../models');
const { requireRole } = require('../middleware');

const PAYROLL_ROLES = ['hr_admin', 'payroll_admin'];
const EDITABLE_FIELDS = ['firstName', 'lastName', 'email', 'jobTitle', 'department', 'phone'];
const SELF_EDITABLE_FIELDS = ['phone', 'email'];

const router = new Router({ prefix: '/api/employees' });

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (source && Object.prototype.hasOwnProperty.call(source, key)) {
      out[key] = source[key];
    }
  }
  return out;
}

// ok: missing-auth
router.get('/', async (ctx) => {
  const where = { companyId: ctx.state.user.companyId };
  if (typeof ctx.query.department === 'string') {
    where.department = ctx.query.department;
  }
  // ok: unscoped-tenant-query
  const employees = await Employee.findAll({
    where,
    attributes: { exclude: ['salary'] },
    order: [['lastName', 'ASC'], ['firstName', 'ASC']],
  });
  ctx.body = employees;
});

// ok: missing-auth
// expect: missing-input-validation
router.patch('/me', async (ctx) => {
  const { sub, companyId } = ctx.state.user;
  const values = pick(ctx.request.body, SELF_EDITABLE_FIELDS);
  if (Object.keys(values).length === 0) {
    ctx.throw(400, `Only ${SELF_EDITABLE_FIELDS.join(', ')} can be changed`);
  }
  // ok: unscoped-tenant-query
  const [count] = await Employee.update(values, { where: { userId: sub, companyId } });
  if (count === 0) {
    ctx.throw(404, 'No employee record is linked to this account');
  }
  ctx.status = 204;
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const employee = await Employee.findByPk(ctx.params.id, {
    attributes: { exclude: ['salary'] },
  });
  if (!employee) {
    ctx.throw(404, 'Employee not found');
  }
  ctx.body = employee;
});

// ok: missing-auth
router.get('/:id/payslips', async (ctx) => {
  const { sub, companyId, role } = ctx.state.user;
  // ok: unscoped-tenant-query
  const employee = await Employee.findByPk(ctx.params.id);
  if (!employee || employee.companyId !== companyId) {
    ctx.throw(404, 'Employee not found');
  }
  if (!PAYROLL_ROLES.includes(role) && employee.userId !== sub) {
    ctx.throw(403, 'You can only view your own payslips');
  }
  // ok: unscoped-tenant-query
  const payslips = await Payslip.findAll({
    where: { employeeId: employee.id, companyId },
    order: [['periodEnd', 'DESC']],
  });
  ctx.body = payslips;
});

// ok: missing-auth
// expect: missing-input-validation
router.post('/', requireRole('hr_admin'), async (ctx) => {
  const body = ctx.request.body || {};
  const values = pick(body, [...EDITABLE_FIELDS, 'hireDate', 'salary']);
  if (!values.firstName || !values.lastName || !values.hireDate) {
    ctx.throw(400, 'firstName, lastName and hireDate are required');
  }
  const employee = await Employee.create({ ...values, companyId: ctx.state.user.companyId });
  ctx.status = 201;
  ctx.body = employee;
});

// ok: missing-auth
// expect: missing-input-validation
router.put('/:id', requireRole('hr_admin', 'manager'), async (ctx) => {
  const values = pick(ctx.request.body, EDITABLE_FIELDS);
  if (Object.keys(values).length === 0) {
    ctx.throw(400, 'Nothing to update');
  }
  // expect: unscoped-tenant-query
  const [count] = await Employee.update(values, { where: { id: ctx.params.id } });
  if (count === 0) {
    ctx.throw(404, 'Employee not found');
  }
  ctx.status = 204;
});

module.exports = router;
