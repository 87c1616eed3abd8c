import { rateLimiter } from 'hono-rate-limiter';

const clientIp = (c: { req: { header: (name: string) => string | undefined } }) =>
  c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';

export const authLimiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', keyGenerator: clientIp });

export const exportLimiter = rateLimiter({ windowMs: 60 * 60 * 1000, limit: 5, keyGenerator: clientIp });

export const uploadLimiter = rateLimiter({ windowMs: 10 * 60 * 1000, limit: 30, keyGenerator: clientIp });
