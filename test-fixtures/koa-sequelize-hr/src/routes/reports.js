'use strict';

const Router = require('@koa/router');
const { fn, col } = require('sequelize');
const { Employee, Payslip } = require('../models');

// Aggregates for the management dashboard.
const router = new Router({ prefix: '/api/reports' });

function parseCompanyId(ctx) {
  const companyId = Number.parseInt(ctx.query.companyId, 10);
  if (!Number.isInteger(companyId) || companyId <= 0) {
    ctx.throw(400, 'companyId query parameter is required');
  }
  return companyId;
}

// expect: missing-auth
router.get('/headcount', async (ctx) => {
  const companyId = parseCompanyId(ctx);
  const rows = await Employee.findAll({
    attributes: ['department', [fn('COUNT', col('id')), 'headcount']],
    where: { companyId },
    group: ['department'],
    order: [['department', 'ASC']],
    raw: true,
  });
  ctx.body = rows;
});

// expect: missing-auth
router.get('/payroll-summary', async (ctx) => {
  const companyId = parseCompanyId(ctx);
  const rows = await Payslip.findAll({
    attributes: [
      [col('period_end'), 'periodEnd'],
      [fn('COUNT', col('id')), 'payslips'],
      [fn('SUM', col('gross_pay')), 'totalGross'],
      [fn('SUM', col('tax_withheld')), 'totalTax'],
      [fn('SUM', col('net_pay')), 'totalNet'],
    ],
    where: { companyId },
    group: [col('period_end')],
    order: [[col('period_end'), 'DESC']],
    raw: true,
  });
  ctx.body = rows;
});

module.exports = router;
