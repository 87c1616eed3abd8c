const Router = require('@koa/router');
const bcrypt = require('bcrypt');
const jsonwebtoken = require('jsonwebtoken');
const { pool } = require('../lib/db');

const router = new Router({ prefix: '/auth' });

// ok: missing-auth
// expect: missing-rate-limit
router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body;
  // ok: unscoped-tenant-query
  const { rows } = await pool.query('SELECT id, org_id, role, password_hash FROM users WHERE email = $1', [email]);
  const user = rows[0];
  if (!user || !(await bcrypt.compare(password, user.password_hash))) ctx.throw(401, 'Invalid credentials');
  // ok: insecure-jwt
  const token = jsonwebtoken.sign({ id: user.id, orgId: user.org_id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });
  // expect: token-logging
  console.log(`login ok for ${email}, token=${token}`);
  // ok: token-logging
  console.log('login ok', { userId: user.id, password: password ? '[set]' : undefined });
  // the dashboard reads the session from this cookie; Koa makes it secure whenever the request came over HTTPS
  // ok: insecure-cookie
  ctx.cookies.set('session_token', token, { httpOnly: true, sameSite: 'lax', maxAge: 60 * 60 * 1000 });
  ctx.body = { token };
});

module.exports = router;
