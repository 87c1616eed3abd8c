import type { Context, Next } from 'koa';
import { logger } from '../lib/logger';

export async function accessLog(ctx: Context, next: Next) {
  const started = Date.now();
  await next();
  // ok: token-logging
  logger.info({ method: ctx.method, url: ctx.url, status: ctx.status, ms: Date.now() - started, ua: ctx.get('User-Agent') });
}

export async function traceAuth(ctx: Context, next: Next) {
  if (process.env.TRACE_AUTH === '1') {
    // expect: token-logging
    logger.debug({ headers: ctx.request.header }, 'auth trace');
  }
  await next();
}
