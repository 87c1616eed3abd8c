import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export const signupLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(5, '10 m'), prefix: 'rl:signup' });
export const uploadLimiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(20, '1 h'), prefix: 'rl:upload' });

export function clientIp(request: Request) {
  return request.headers.get('fly-client-ip') ?? request.headers.get('x-forwarded-for')?.split(',')[0] ?? 'unknown';
}
