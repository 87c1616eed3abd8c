import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

export const loginLimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '1 m'), prefix: 'rl:login' });
export const uploadLimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(20, '1 m'), prefix: 'rl:upload' });
