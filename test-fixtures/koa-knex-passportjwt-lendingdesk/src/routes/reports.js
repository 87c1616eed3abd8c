const Router = require('@koa/router');
const db = require('../lib/db');

// mounted after the api router: its router.use(requireJwt) does not run for these routes
const router = new Router({ prefix: '/api/reports' });

// ok: missing-auth
router.get('/portfolio', async (ctx) => {
  ctx.body = await db('loans').select('status').sum('amount_cents as total').count('id as n').groupBy('status');
});

// expect: missing-auth
router.get('/branches/:branchId/delinquent', async (ctx) => {
  ctx.body = await db('loans')
    .join('borrowers', 'borrowers.id', 'loans.borrower_id')
    .where({ 'loans.branch_id': ctx.params.branchId, 'loans.status': 'delinquent' })
    .select('loans.id', 'borrowers.first_name', 'borrowers.last_name', 'loans.amount_cents');
});

module.exports = router;
