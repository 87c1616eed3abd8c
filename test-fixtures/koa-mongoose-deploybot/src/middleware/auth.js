const jwt = require('koa-jwt');
const config = require('../config');

// every request after this middleware needs a bearer token
const requireAuth = jwt({ secret: config.jwtSecret, algorithms: ['HS256'] });

function requireRole(...roles) {
  return async (ctx, next) => {
    const user = ctx.state.user;
    if (!user || !roles.includes(user.role)) {
      ctx.throw(403, 'Insufficient role');
    }
    await next();
  };
}

module.exports = { requireAuth, requireRole };
