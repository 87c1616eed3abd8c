import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export const authLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60_000,
  max: 10,
  id: (ctx) => ctx.ip,
  errorMessage: 'Too many attempts, slow down.',
});
