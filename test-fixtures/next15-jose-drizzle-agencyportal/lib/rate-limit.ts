import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

const authLimiter = new Ratelimit({
  redis,
  limiter: Ratelimit.fixedWindow(3, '10 m'),
  prefix: 'portal:auth',
});

/** True when the key has used up its attempts for the window. */
export async function isRateLimited(key: string): Promise<boolean> {
  const { success } = await authLimiter.limit(key);
  return !success;
}

export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '127.0.0.1';
}
