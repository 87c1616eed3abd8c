import type { Middleware } from 'koa';
import { logger } from '../lib/logger';

export const errorHandler: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    if (err.isJoi) {
      ctx.status = 422;
      // ok: error-details-leak
      ctx.body = { error: 'validation_failed', details: err.details.map((d: any) => d.message) };
      return;
    }
    ctx.status = err.status ?? 500;
    logger.error({ err, path: ctx.path }, 'request failed');
    // expect: error-details-leak
    ctx.body = { error: err.message, stack: err.stack };
  }
};
