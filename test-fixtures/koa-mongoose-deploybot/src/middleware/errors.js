const logger = require('../logger');

async function errorHandler(ctx, next) {
  try {
    await next();
  } catch (err) {
    logger.error('unhandled error', { message: err.message, stack: err.stack, path: ctx.path });
    ctx.status = err.status || 500;
    // ok: error-details-leak
    ctx.body = { error: err.expose ? err.message : 'Internal server error' };
  }
}

module.exports = errorHandler;
