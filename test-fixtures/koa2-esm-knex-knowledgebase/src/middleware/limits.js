import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL);

export const authLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60_000,
  max: 10,
  id: (ctx) => ctx.ip,
  errorMessage: 'Too many attempts',
});

export const uploadLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 3_600_000,
  max: 50,
  id: (ctx) => String(ctx.state.user?.id ?? ctx.ip),
});
