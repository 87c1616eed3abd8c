import type { H3Event } from 'h3';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const limiters = {
  login: new RateLimiterMemory({ points: 5, duration: 60 }),
  reset: new RateLimiterMemory({ points: 3, duration: 900 }),
};

export async function assertRateLimit(event: H3Event, bucket: keyof typeof limiters) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown';
  try {
    await limiters[bucket].consume(`${bucket}:${ip}`);
  } catch {
    throw createError({ statusCode: 429, statusMessage: 'Too many requests' });
  }
}
