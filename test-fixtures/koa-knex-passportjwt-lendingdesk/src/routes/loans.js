const Router = require('@koa/router');
const Joi = require('joi');
const { requireJwt } = require('../auth/passport');
const { requireRole } = require('../auth/roles');
const db = require('../lib/db');
const tenant = require('../lib/tenant');

const router = new Router({ prefix: '/api/loans' });
router.use(requireJwt);

const NewLoan = Joi.object({
  borrowerId: Joi.number().integer().required(),
  amountCents: Joi.number().integer().min(10000).required(),
  rate: Joi.number().min(0).max(40).required(),
});

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('loans').where({ branch_id: ctx.state.user.branch_id }).orderBy('created_at', 'desc').limit(200);
});

// expect: missing-rate-limit
router.get('/export', async (ctx) => {
  // ok: unscoped-tenant-query
  const rows = await db('loans').where('branch_id', ctx.state.user.branch_id).select('id', 'borrower_id', 'amount_cents', 'status');
  ctx.set('Content-Type', 'text/csv');
  ctx.set('Content-Disposition', 'attachment; filename="loans.csv"');
  ctx.body = ['id,borrower,amount,status', ...rows.map((r) => [r.id, r.borrower_id, r.amount_cents, r.status].join(','))].join('\n');
});

// ok: missing-auth
router.get('/branch/open', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('loans').modify(tenant.inBranch, ctx.state.user.branch_id).where('status', 'open').limit(100);
});

// ok: missing-auth
router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const loan = await db('loans').where({ id: ctx.params.id }).first();
  if (!loan) ctx.throw(404);
  ctx.body = loan;
});

// ok: missing-auth
router.get('/:id/payments', async (ctx) => {
  // ok: unscoped-tenant-query
  const loan = await db('loans').where({ id: ctx.params.id, branch_id: ctx.state.user.branch_id }).first();
  if (!loan) ctx.throw(404);
  // ok: unscoped-tenant-query
  ctx.body = await db('payments').where({ loan_id: loan.id }).orderBy('paid_at');
});

// ok: missing-auth, missing-input-validation
router.post('/', async (ctx) => {
  const input = await NewLoan.validateAsync(ctx.request.body);
  const { branch_id, id: officerId } = ctx.state.user;
  // ok: unscoped-tenant-query
  const borrower = await db('borrowers').where({ id: input.borrowerId, branch_id }).first();
  if (!borrower) ctx.throw(404, 'borrower not found');
  const [loan] = await db('loans')
    .insert({ branch_id, borrower_id: borrower.id, officer_id: officerId, amount_cents: input.amountCents, rate: input.rate })
    .returning('*');
  ctx.status = 201;
  ctx.body = loan;
});

// expect: missing-input-validation
router.patch('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const n = await db('loans').where({ id: ctx.params.id, branch_id: ctx.state.user.branch_id }).update(ctx.request.body);
  if (!n) ctx.throw(404);
  ctx.body = { updated: n };
});

// ok: missing-role-check
router.post('/:id/approve', requireRole('manager', 'admin'), async (ctx) => {
  // expect: unscoped-tenant-query
  await db('loans').where({ id: ctx.params.id }).update({ status: 'approved', approved_by: ctx.state.user.id });
  ctx.body = { ok: true };
});

router.post('/:id/disburse', requireRole('manager'), async (ctx) => {
  try {
    // ok: unscoped-tenant-query
    const loan = await db('loans').where({ id: ctx.params.id, branch_id: ctx.state.user.branch_id, status: 'approved' }).first();
    if (!loan) ctx.throw(404);
    await db('loans').where({ id: loan.id }).update({ status: 'disbursed' });
    ctx.body = { ok: true };
  } catch (err) {
    if (err.status) throw err;
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: 'disbursement failed', detail: err.message, stack: err.stack };
  }
});

module.exports = router;
