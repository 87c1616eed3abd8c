const { ApiRouter } = require('../lib/apiRouter');
const { pool } = require('../lib/db');

// mounted before the JWT gate by mistake (see app.js)
const usage = new ApiRouter({ prefix: '/usage' });

// expect: missing-auth
usage.get('/accounts/:accountId', async (ctx) => {
  const { rows } = await pool.query('SELECT plan, seats, mrr FROM accounts WHERE id = $1', [ctx.params.accountId]);
  ctx.body = rows[0];
});

const billing = new ApiRouter({ prefix: '/billing' });

// ok: missing-auth
billing.get('/invoices', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM invoices WHERE account_id = $1', [ctx.state.user.accountId]);
  ctx.body = rows;
});

module.exports = { usage, billing };
