import type { Middleware } from 'koa';
import { RateLimiterMemory } from 'rate-limiter-flexible';

export default function koaRateLimit(points: number, duration: number): Middleware {
  const limiter = new RateLimiterMemory({ points, duration });
  return async (ctx, next) => {
    try {
      await limiter.consume(ctx.ip);
    } catch {
      ctx.throw(429, 'too_many_requests');
    }
    return next();
  };
}
