const { logger, audit } = require('../lib/logger');

// Logs every API call; mounted before the routers.
function requestLog(req, res, next) {
  const started = Date.now();
  res.on('finish', () => {
    logger.info('request', { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Date.now() - started });
  });
  if (process.env.DEBUG_HEADERS === '1') {
    // expect: token-logging
    logger.debug('incoming headers', { headers: req.headers });
  }
  // ok: token-logging
  audit.info({ headers: req.headers, path: req.path }, 'api call');
  next();
}

module.exports = { requestLog };
