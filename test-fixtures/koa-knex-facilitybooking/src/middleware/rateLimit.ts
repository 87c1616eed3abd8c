import ratelimit from 'koa-ratelimit';
import Redis from 'ioredis';
import { config } from '../config';

const redis = new Redis(config.redisUrl);

export const loginLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 15 * 60 * 1000,
  max: 10,
  id: (ctx) => ctx.ip,
  errorMessage: 'Too many login attempts',
});

export const uploadLimiter = ratelimit({
  driver: 'redis',
  db: redis,
  duration: 60 * 1000,
  max: 10,
  id: (ctx) => ctx.state.user?.sub ?? ctx.ip,
});
