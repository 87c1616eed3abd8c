import type { Context, Next } from 'koa';
import { RateLimiterMemory } from 'rate-limiter-flexible';

const loginLimiter = new RateLimiterMemory({ points: 10, duration: 15 * 60 });

export async function loginThrottle(ctx: Context, next: Next) {
  try {
    await loginLimiter.consume(`${ctx.ip}:${ctx.request.body?.email ?? ''}`);
  } catch {
    ctx.status = 429;
    ctx.body = { error: 'too many attempts' };
    return;
  }
  await next();
}
