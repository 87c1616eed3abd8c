import { rateLimiter } from 'hono-rate-limiter';

export const purchaseLimiter = rateLimiter({
  windowMs: 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anonymous',
});

export const exportLimiter = rateLimiter({
  windowMs: 10 * 60 * 1000,
  limit: 5,
  keyGenerator: (c) => c.get('userId') ?? c.req.header('x-forwarded-for') ?? 'anonymous',
});

export const uploadLimiter = rateLimiter({
  windowMs: 60 * 1000,
  limit: 15,
  keyGenerator: (c) => c.get('userId') ?? 'anonymous',
});
