import type { Middleware } from 'koa';
import ratelimit from 'koa-ratelimit';

interface LimiterOptions {
  /** namespace so different limiters don't share counters */
  key: string;
  max: number;
  /** window in milliseconds */
  duration: number;
}

function limiter({ key, max, duration }: LimiterOptions): Middleware {
  return ratelimit({
    driver: 'memory',
    db: new Map(),
    duration,
    max,
    id: (ctx) => `${key}:${ctx.ip}`,
    errorMessage: 'Too many requests, please try again later.',
    headers: {
      remaining: 'Rate-Limit-Remaining',
      reset: 'Rate-Limit-Reset',
      total: 'Rate-Limit-Total',
    },
    disableHeader: false,
  });
}

export const loginLimiter = limiter({ key: 'login', max: 10, duration: 15 * 60_000 });
export const passwordResetLimiter = limiter({ key: 'password-reset', max: 5, duration: 60 * 60_000 });
export const exportLimiter = limiter({ key: 'export', max: 20, duration: 60 * 60_000 });
