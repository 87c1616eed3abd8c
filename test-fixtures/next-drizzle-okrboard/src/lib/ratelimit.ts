import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

export const uploadRatelimit = new Ratelimit({
  redis: Redis.fromEnv(),
  limiter: Ratelimit.slidingWindow(20, '10 m'),
  prefix: 'okr:upload',
});
