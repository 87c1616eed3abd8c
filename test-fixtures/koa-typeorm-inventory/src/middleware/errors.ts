import type { Context, Next } from 'koa';
import { logger } from '../logger';

export async function errorHandler(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status || err.statusCode || 500;
    if (process.env.NODE_ENV === 'development') {
      // ok: error-details-leak
      ctx.body = { error: err.message, stack: err.stack };
    } else {
      // ok: error-details-leak
      ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };
    }
    logger.error({ err, path: ctx.path }, 'request failed');
  }
}
