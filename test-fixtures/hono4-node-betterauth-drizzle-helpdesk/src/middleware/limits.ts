import { createMiddleware } from 'hono/factory';
import { rateLimiter } from 'hono-rate-limiter';

const clientIp = (c: { req: { header: (n: string) => string | undefined } }) =>
  c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown';

export const authLimiter = rateLimiter({
  windowMs: 15 * 60 * 1000,
  limit: 30,
  standardHeaders: 'draft-7',
  keyGenerator: clientIp,
});

const hits = new Map<string, { count: number; resetAt: number }>();

/** Small fixed-window limiter for the public portal (one process, good enough for now). */
export const portalLimiter = createMiddleware(async (c, next) => {
  const key = clientIp(c);
  const now = Date.now();
  const entry = hits.get(key);
  if (!entry || entry.resetAt < now) {
    hits.set(key, { count: 1, resetAt: now + 60_000 });
  } else if (++entry.count > 10) {
    return c.json({ error: 'too many requests' }, 429);
  }
  await next();
});
