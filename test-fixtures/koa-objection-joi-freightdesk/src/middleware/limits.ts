import type { Context, Next } from 'koa';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const authLimiter = new RateLimiterMemory({ points: 10, duration: 15 * 60 });

export async function limitAuth(ctx: Context, next: Next) {
  try {
    await authLimiter.consume(ctx.ip);
  } catch {
    ctx.status = 429;
    ctx.body = { error: 'too many attempts' };
    return;
  }
  await next();
}
