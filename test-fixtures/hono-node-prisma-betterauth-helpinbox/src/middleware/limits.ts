import { rateLimiter } from 'hono-rate-limiter';

export const exportLimiter = rateLimiter({
  windowMs: 60 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anonymous',
});
