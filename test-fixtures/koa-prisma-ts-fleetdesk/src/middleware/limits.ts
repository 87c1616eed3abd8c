import ratelimit from 'koa-ratelimit';

const memory = new Map();

export const authLimiter = ratelimit({
  driver: 'memory',
  db: memory,
  duration: 15 * 60 * 1000,
  max: 10,
  id: (ctx) => ctx.ip,
  errorMessage: 'Too many attempts, try again later',
});

export const uploadLimiter = ratelimit({
  driver: 'memory',
  db: memory,
  duration: 60 * 1000,
  max: 20,
  id: (ctx) => (ctx.state.user?.sub as string) ?? ctx.ip,
});
