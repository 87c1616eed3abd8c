const Router = require('@koa/router');
const compose = require('koa-compose');
const { requireJwt } = require('../auth/passport');
const { requireRole } = require('../auth/roles');
const { branchOf, inBranch, inStatus } = require('../lib/tenant');
const db = require('../lib/db');

const router = new Router({ prefix: '/api/collections' });
const adminOnly = compose([requireJwt, requireRole('admin')]);

// ok: missing-auth
router.get('/delinquent', requireJwt, async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('loans').modify(inBranch, ctx.state.user.branch_id).where({ status: 'delinquent' });
});

// ok: missing-auth
router.get('/loans', requireJwt, async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db('loans').modify(inStatus, ctx.query.status || 'open').limit(200);
});

// ok: missing-auth
router.get('/borrowers', requireJwt, async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db('borrowers').where({ branch_id: ctx.state.user.branch_id, ...ctx.query }).limit(100);
});

// ok: missing-auth
router.get('/loans/:loanId/payments', requireJwt, async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('payments').where({ loan_id: ctx.params.loanId, branch_id: branchOf(ctx) });
});

// ok: missing-auth, missing-role-check
router.get('/admin/branches', adminOnly, async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db('branches').select('id', 'name', 'region');
});

module.exports = router;
