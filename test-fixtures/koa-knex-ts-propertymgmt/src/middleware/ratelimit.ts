import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export const authLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 15 * 60 * 1000,
  max: 20,
  id: (ctx) => ctx.ip,
  errorMessage: 'Too many attempts, try again later',
});

export const uploadLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60 * 60 * 1000,
  max: 50,
  id: (ctx) => String(ctx.state.user?.sub ?? ctx.ip),
});
