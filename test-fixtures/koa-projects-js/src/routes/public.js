const crypto = require('crypto');
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

// ok: missing-auth
// expect: unverified-webhook
router.post('/webhooks/github', async (ctx) => {
  const expected = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(ctx.request.rawBody).digest('hex');
  if (ctx.get('x-hub-signature-256') !== expected) ctx.throw(401);
  const { repository } = ctx.request.body;
  await pool.query('UPDATE projects SET archived = true WHERE name = $1', [repository.name]);
  ctx.status = 204;
});

// remembers the last project in a cookie; setting a cookie reads no credential, so the 403 is no session check
// expect: missing-auth
router.post('/projects/:id/remember', async (ctx) => {
  const { rows } = await pool.query('SELECT id, name, org_id FROM projects WHERE id = $1', [ctx.params.id]);
  if (!rows[0]) ctx.throw(403, 'Unknown project');
  ctx.cookies.set('last_project', String(rows[0].id), { httpOnly: true, secure: true, sameSite: 'lax' });
  ctx.body = rows[0];
});

module.exports = router;
