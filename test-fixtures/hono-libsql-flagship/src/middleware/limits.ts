import { rateLimiter } from 'hono-rate-limiter';

const byIp = (c: any) => c.req.header('x-forwarded-for') ?? 'local';

export const authLimiter = rateLimiter({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', keyGenerator: byIp });

export const heavyLimiter = rateLimiter({ windowMs: 60 * 60 * 1000, limit: 20, standardHeaders: 'draft-7', keyGenerator: byIp });
