import type { H3Event } from 'h3';

const hits = new Map<string, { count: number; resetAt: number }>();

// Small in-memory limiter for auth endpoints (single instance deployment)
export function rateLimit(event: H3Event, { max = 5, windowMs = 60_000 } = {}) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown';
  const key = `${event.path}:${ip}`;
  const now = Date.now();
  const entry = hits.get(key);
  if (!entry || entry.resetAt < now) {
    hits.set(key, { count: 1, resetAt: now + windowMs });
    return;
  }
  entry.count++;
  if (entry.count > max) throw createError({ statusCode: 429, statusMessage: 'Too many requests' });
}
