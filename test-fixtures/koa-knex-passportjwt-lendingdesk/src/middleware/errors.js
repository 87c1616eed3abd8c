const logger = require('../lib/logger');

module.exports = async function errorHandler(ctx, next) {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // expect: token-logging
    logger.error({ err, path: ctx.path, body: ctx.request.body }, 'request failed');
    // ok: error-details-leak
    ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
    if (ctx.app.env !== 'production') {
      // ok: error-details-leak
      ctx.body.stack = err.stack;
    }
  }
};
