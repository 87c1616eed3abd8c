'use strict';

const logger = require('../lib/logger');

module.exports = function errorHandler() {
  return async function handleErrors(ctx, next) {
    try {
      await next();
    } catch (err) {
      ctx.status = err.status || err.statusCode || 500;
      if (err.expose) {
        // ok: error-details-leak
        ctx.body = { error: err.message };
        return;
      }
      logger.error({ err, path: ctx.path }, 'unhandled error');
      // expect: error-details-leak
      ctx.body = {
        error: 'internal_error',
        message: err.message,
        stack: err.stack,
      };
    }
  };
};
