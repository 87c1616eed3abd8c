'use strict';

const Router = require('@koa/router');
const config = require('../config');
const { Employee, Payslip } = require('../models');
const { requireRole } = require('../middleware');
const { sendPayslipReadyEmail } = require('../mailer');

const PAYROLL_ROLES = ['hr_admin', 'payroll_admin'];

const router = new Router({ prefix: '/api/payslips' });

function csvCell(value) {
  return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

function payslipToCsv(payslip) {
  const employee = payslip.employee;
  const rows = [
    ['Employee', `${employee.firstName} ${employee.lastName}`],
    ['Period start', payslip.periodStart],
    ['Period end', payslip.periodEnd],
    ['Gross pay', payslip.grossPay],
    ['Tax withheld', payslip.taxWithheld],
    ['Net pay', payslip.netPay],
  ];
  return rows.map((row) => row.map(csvCell).join(',')).join('\n');
}

// ok: missing-auth
router.get('/', requireRole(...PAYROLL_ROLES), async (ctx) => {
  const where = {};
  if (ctx.query.employeeId) {
    where.employeeId = ctx.query.employeeId;
  }
  if (ctx.query.periodEnd) {
    where.periodEnd = ctx.query.periodEnd;
  }
  // expect: unscoped-tenant-query
  const payslips = await Payslip.findAll({ where, order: [['periodEnd', 'DESC']] });
  ctx.body = payslips;
});

// ok: missing-auth
router.get('/mine', async (ctx) => {
  const { sub, companyId } = ctx.state.user;
  // ok: unscoped-tenant-query
  const employee = await Employee.findOne({ where: { userId: sub, companyId } });
  if (!employee) {
    ctx.throw(404, 'No employee record is linked to this account');
  }
  // ok: unscoped-tenant-query
  const payslips = await Payslip.findAll({
    where: { employeeId: employee.id, companyId },
    order: [['periodEnd', 'DESC']],
  });
  ctx.body = payslips;
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  const { sub, companyId, role } = ctx.state.user;
  // ok: unscoped-tenant-query
  const payslip = await Payslip.findOne({
    where: { id: ctx.params.id, companyId },
    include: [{ model: Employee, as: 'employee', attributes: ['id', 'userId', 'firstName', 'lastName'] }],
  });
  if (!payslip) {
    ctx.throw(404, 'Payslip not found');
  }
  if (!PAYROLL_ROLES.includes(role) && payslip.employee.userId !== sub) {
    ctx.throw(404, 'Payslip not found');
  }
  ctx.body = payslip;
});

// expect: missing-auth
router.get('/:id/download', async (ctx) => {
  const payslip = await Payslip.findByPk(ctx.params.id, {
    include: [{ model: Employee, as: 'employee', attributes: ['firstName', 'lastName'] }],
  });
  if (!payslip) {
    ctx.throw(404, 'Payslip not found');
  }
  ctx.type = 'text/csv';
  ctx.attachment(`payslip-${payslip.periodEnd}.csv`);
  ctx.body = payslipToCsv(payslip);
});

// ok: missing-auth
// expect: missing-input-validation
router.post('/', requireRole('payroll_admin'), async (ctx) => {
  const { companyId } = ctx.state.user;
  const { employeeId, periodStart, periodEnd, grossPay, taxWithheld } = ctx.request.body || {};
  const gross = Number(grossPay);
  const tax = Number(taxWithheld);
  if (!Number.isInteger(Number(employeeId)) || !periodStart || !periodEnd) {
    ctx.throw(400, 'employeeId, periodStart and periodEnd are required');
  }
  if (!Number.isFinite(gross) || !Number.isFinite(tax) || gross < 0 || tax < 0 || tax > gross) {
    ctx.throw(400, 'grossPay and taxWithheld must be valid amounts');
  }

  // ok: unscoped-tenant-query
  const employee = await Employee.findOne({ where: { id: Number(employeeId), companyId } });
  if (!employee) {
    ctx.throw(404, 'Employee not found');
  }

  const payslip = await Payslip.create({
    companyId,
    employeeId: employee.id,
    periodStart,
    periodEnd,
    grossPay: gross,
    taxWithheld: tax,
    netPay: gross - tax,
  });

  if (employee.email) {
    await sendPayslipReadyEmail(employee.email, `${config.apiUrl}/api/payslips/${payslip.id}/download`);
  }

  ctx.status = 201;
  ctx.body = payslip;
});

module.exports = router;
