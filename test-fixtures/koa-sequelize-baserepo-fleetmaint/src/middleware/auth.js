'use strict';
const koaJwt = require('koa-jwt');

const requireAuth = koaJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] });

function requireRole(role) {
  return async (ctx, next) => {
    if (ctx.state.user?.role !== role) ctx.throw(403, 'forbidden');
    await next();
  };
}

module.exports = { requireAuth, requireRole };
