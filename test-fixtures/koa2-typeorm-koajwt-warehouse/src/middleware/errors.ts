import type { Context, Next } from 'koa';
import { logger } from '../lib/logger';

export async function errorHandler(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    logger.error({ err, path: ctx.path }, 'request failed');
    if (err.status && err.status < 500) {
      ctx.status = err.status;
      // ok: error-details-leak
      ctx.body = { error: err.message };
      return;
    }
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: 'internal error', detail: err.message, stack: err.stack };
  }
}

export async function requestLog(ctx: Context, next: Next) {
  const started = Date.now();
  await next();
  // ok: token-logging
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started, user: ctx.state.user?.sub }, 'http');
}

export async function debugAuthHeader(ctx: Context, next: Next) {
  if (process.env.DEBUG_AUTH) {
    // expect: token-logging
    logger.debug({ authorization: ctx.get('Authorization') }, 'incoming auth header');
  }
  await next();
}
