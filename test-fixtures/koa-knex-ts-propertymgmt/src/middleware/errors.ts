import type { Context, Next } from 'koa';
import { logger } from '../logger';

export async function errorHandler(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    const status = err.status ?? err.statusCode ?? 500;
    logger.error({ err, path: ctx.path }, 'request failed');
    ctx.status = status;
    // ok: error-details-leak
    ctx.body = { error: err.expose ? err.message : 'Internal server error' };
  }
}

export async function requestLog(ctx: Context, next: Next) {
  const started = Date.now();
  await next();
  // ok: token-logging
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request');
}
