import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

export const exportLimiter = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(5, '10 m'),
  prefix: 'rl:export',
});

export const inviteLimiter = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(20, '1 h'),
  prefix: 'rl:invite',
});
