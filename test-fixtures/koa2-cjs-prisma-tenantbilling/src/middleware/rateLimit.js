'use strict';

const ratelimit = require('koa-ratelimit');

const hits = new Map();

function limiter(max, minutes) {
  return ratelimit({
    driver: 'memory',
    db: hits,
    duration: minutes * 60 * 1000,
    max,
    id: (ctx) => ctx.ip,
    errorMessage: 'Too many attempts, try again later.',
  });
}

module.exports = {
  loginLimiter: limiter(10, 15),
  resetLimiter: limiter(5, 60),
};
