import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../types.js';

const clientIp = (c: Context) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';

export const authLimiter = rateLimiter({
  windowMs: 15 * 60 * 1000,
  limit: 30,
  standardHeaders: 'draft-7',
  keyGenerator: clientIp,
});

export const uploadLimiter = rateLimiter<AppEnv>({
  windowMs: 60 * 60 * 1000,
  limit: 40,
  keyGenerator: (c) => c.get('user')?.id ?? clientIp(c),
});

export const exportLimiter = rateLimiter<AppEnv>({
  windowMs: 60 * 60 * 1000,
  limit: 10,
  keyGenerator: (c) => c.get('user')?.id ?? clientIp(c),
});
