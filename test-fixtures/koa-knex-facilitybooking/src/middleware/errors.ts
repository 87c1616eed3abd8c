import type { Middleware } from 'koa';
import { config } from '../config';
import { logger } from '../lib/logger';

export const errorHandler: Middleware = async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    if (ctx.status >= 500) logger.error('request failed', { path: ctx.path, err: err.message });
    // ok: error-details-leak
    ctx.body = { error: ctx.status >= 500 ? 'internal error' : err.message, stack: config.isProd ? undefined : err.stack };
  }
};
