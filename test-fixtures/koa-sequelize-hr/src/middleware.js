'use strict';

const config = require('./config');

function errorHandler() {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      ctx.status = err.status || err.statusCode || 500;
      ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
      if (ctx.status >= 500) {
        // ok: token-logging
        console.error('Unhandled error on %s %s', ctx.method, ctx.path, err);
      }
    }
  };
}

function requestLogger() {
  return async (ctx, next) => {
    const start = Date.now();
    if (config.logLevel === 'debug') {
      // expect: token-logging
      console.debug('--> %s %s authorization=%s', ctx.method, ctx.originalUrl, ctx.get('Authorization'));
    }
    await next();
    const ms = Date.now() - start;
    // ok: token-logging
    console.log('%s %s %d %dms', ctx.method, ctx.path, ctx.status, ms);
  };
}

function requireRole(...roles) {
  return async (ctx, next) => {
    const user = ctx.state.user;
    if (!user || !roles.includes(user.role)) {
      ctx.throw(403, 'You do not have permission to perform this action');
    }
    await next();
  };
}

module.exports = {
  errorHandler,
  requestLogger,
  requireRole,
};
