import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

// Shared limiter for auth-ish endpoints (login, signup, invites, sudo). Callers namespace the key.
export const ratelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(5, '1 m'),
  prefix: 'wiki:rl',
  analytics: true,
});

// We deploy on Vercel, which overwrites x-forwarded-for with the real client address.
export function clientIp(req: Request): string {
  return req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || req.headers.get('x-real-ip') || 'unknown';
}
