const jwt = require('jsonwebtoken');

async function requireMember(ctx, next) {
  const token = (ctx.get('authorization') || '').replace(/^Bearer /, '');
  if (!token) ctx.throw(401, 'login required');
  try {
    ctx.state.member = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch (err) {
    ctx.throw(401, 'invalid token');
  }
  await next();
}

module.exports = { requireMember };
