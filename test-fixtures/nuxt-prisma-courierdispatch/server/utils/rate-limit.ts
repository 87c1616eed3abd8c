import type { H3Event } from 'h3';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

let limiter: Ratelimit | undefined;

function getLimiter() {
  if (!limiter) {
    const config = useRuntimeConfig();
    limiter = new Ratelimit({
      redis: new Redis({ url: config.upstashRedisUrl, token: config.upstashRedisToken }),
      limiter: Ratelimit.slidingWindow(10, '1 m'),
      prefix: 'courierly',
    });
  }
  return limiter;
}

export async function enforceRateLimit(event: H3Event, bucket: string) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown';
  const { success } = await getLimiter().limit(`${bucket}:${ip}`);
  if (!success) {
    throw createError({ statusCode: 429, statusMessage: 'Too many requests' });
  }
}
