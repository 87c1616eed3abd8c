const { rateLimit: expressRateLimit } = require('express-rate-limit');
const config = require('../config');

// self-hosters can switch limiting off; everyone else gets a limiter per route
function limit({ window, max }) {
  if (!config.RATE_LIMIT_ENABLED) {
    return function (req, res, next) {
      return next();
    };
  }
  return expressRateLimit({ windowMs: window * 1000, limit: max, standardHeaders: true });
}

module.exports = { limit };
