const logger = require('../logger');

async function requestLog(ctx, next) {
  const started = Date.now();
  // expect: token-logging
  logger.debug('incoming request', { method: ctx.method, path: ctx.path, authorization: ctx.get('Authorization') });
  await next();
  logger.info('request done', { method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started });
}

module.exports = requestLog;
