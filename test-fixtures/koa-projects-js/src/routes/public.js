const Router = require('@koa/router');
const { pool } = require('../lib/db');

const router = new Router();

// ok: missing-auth
router.get('/health', (ctx) => {
  ctx.body = { ok: true };
});

// ok: missing-auth
router.get('/changelog', async (ctx) => {
  const { rows } = await pool.query('SELECT version, notes FROM changelog ORDER BY id DESC LIMIT 20');
  ctx.body = rows;
});

module.exports = router;
