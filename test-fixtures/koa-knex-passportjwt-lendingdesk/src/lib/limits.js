const ratelimit = require('koa-ratelimit');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

function limiter(max, duration = 60_000) {
  return ratelimit({ driver: 'redis', db: redis, duration, max, id: (ctx) => ctx.ip, errorMessage: 'Too many requests' });
}

module.exports = { loginLimiter: limiter(5, 15 * 60_000), resetLimiter: limiter(3, 60 * 60_000), uploadLimiter: limiter(20) };
