import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export const uploadRatelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, '1 m'), prefix: 'rl:upload' });
export const exportRatelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(2, '1 m'), prefix: 'rl:export' });
