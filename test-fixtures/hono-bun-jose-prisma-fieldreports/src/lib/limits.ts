import { rateLimiter } from 'hono-rate-limiter';

export const exportLimiter = rateLimiter({
  windowMs: 60_000,
  limit: 5,
  standardHeaders: 'draft-7',
  keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anon',
});

export const inviteLimiter = rateLimiter({ windowMs: 60 * 60_000, limit: 20, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'anon' });
