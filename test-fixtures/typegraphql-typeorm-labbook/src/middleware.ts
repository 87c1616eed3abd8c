import { RateLimiterMemory } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { GqlContext } from './auth';

// per-IP limiter for sensitive operations: @UseMiddleware(RateLimit(5, 900))
export function RateLimit(points: number, durationSeconds: number): MiddlewareFn<GqlContext> {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return async ({ context, info }, next) => {
    try {
      await limiter.consume(`${info.fieldName}:${context.ip}`);
    } catch {
      throw new GraphQLError('Too many requests', { extensions: { code: 'RATE_LIMITED' } });
    }
    return next();
  };
}

export const LogTiming: MiddlewareFn<GqlContext> = async ({ info }, next) => {
  const started = Date.now();
  const result = await next();
  if (Date.now() - started > 500) console.warn(`slow resolver ${info.parentType.name}.${info.fieldName}`);
  return result;
};
