import { logger } from '../logger.js';

export async function errorHandler(ctx, next) {
  try {
    await next();
  } catch (err) {
    const status = err.status ?? err.statusCode ?? 500;
    ctx.status = status;
    if (status < 500) {
      // ok: error-details-leak
      ctx.body = { error: err.message };
      return;
    }
    logger.error({ err, path: ctx.path }, 'request failed');
    if (ctx.app.env !== 'production') {
      // ok: error-details-leak
      ctx.body = { error: err.message, stack: err.stack };
      return;
    }
    // expect: error-details-leak
    ctx.body = { error: 'Internal error', detail: err.message, code: err.code };
  }
}
