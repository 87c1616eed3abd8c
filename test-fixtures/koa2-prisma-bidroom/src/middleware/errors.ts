import type { Context, Next } from 'koa';
import { Prisma } from '@prisma/client';
import { logger } from '../lib/logger';

export async function errorMiddleware(ctx: Context, next: Next) {
  try {
    await next();
  } catch (err: any) {
    logger.error({ err, path: ctx.path }, 'unhandled');
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025') {
      ctx.status = 404;
      // ok: error-details-leak
      ctx.body = { error: 'not found' };
      return;
    }
    if (err.status && err.status < 500) {
      ctx.status = err.status;
      // ok: error-details-leak
      ctx.body = { error: err.expose ? err.message : 'request rejected' };
      return;
    }
    ctx.status = err.status ?? 500;
    // expect: error-details-leak
    ctx.body = { error: err.message, code: err.code, stack: err.stack };
    ctx.app.emit('error', err, ctx);
  }
}
