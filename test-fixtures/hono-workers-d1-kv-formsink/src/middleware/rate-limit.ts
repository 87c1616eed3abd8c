import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../types';

type Options = { prefix: string; limit: number; windowSec: number };

// Fixed-window limiter on Workers KV, keyed by client IP
export function kvRateLimit({ prefix, limit, windowSec }: Options) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const ip = c.req.header('CF-Connecting-IP') ?? 'unknown';
    const bucket = Math.floor(Date.now() / 1000 / windowSec);
    const key = `${prefix}:${ip}:${bucket}`;
    const count = Number((await c.env.RATE_LIMIT.get(key)) ?? '0');
    if (count >= limit) {
      c.header('Retry-After', String(windowSec));
      return c.json({ error: 'Too many requests' }, 429);
    }
    await c.env.RATE_LIMIT.put(key, String(count + 1), { expirationTtl: windowSec * 2 });
    await next();
  });
}
