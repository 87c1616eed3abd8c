const logger = require('../lib/logger');
const config = require('../config');

// eslint-disable-next-line no-unused-vars
module.exports = function errorHandler(err, req, res, next) {
  if (err.joi || (err.details && typeof err.details.get === 'function')) {
    return res.status(400).json({ message: 'Validation failed' });
  }
  logger.error('request failed', { path: req.path, message: err.message });
  const status = err.status || 500;
  // ok: error-details-leak
  res.status(status).json({ message: status < 500 || !config.isProd ? err.message : 'Something went wrong' });
};
