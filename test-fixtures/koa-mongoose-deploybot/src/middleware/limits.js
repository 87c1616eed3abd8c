const ratelimit = require('koa-ratelimit');
const Redis = require('ioredis');
const config = require('../config');

const redis = new Redis(config.redisUrl);

function limiter(max, duration) {
  return ratelimit({
    driver: 'redis',
    db: redis,
    duration,
    max,
    id: (ctx) => ctx.ip,
    errorMessage: 'Too many requests, slow down.',
  });
}

module.exports = {
  loginLimiter: limiter(10, 15 * 60 * 1000),
  resetLimiter: limiter(5, 60 * 60 * 1000),
  uploadLimiter: limiter(30, 60 * 1000),
};
