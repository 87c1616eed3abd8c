import Koa from 'koa';
import cors from '@koa/cors';
import helmet from 'koa-helmet';
import { koaBody } from 'koa-body';
import mount from 'koa-mount';
import { rootRouter } from './routes';
import { backoffice, support } from './backoffice';
import { loadSession } from './middleware/session';
import { logger } from './lib/logger';

export const app = new Koa();
app.proxy = true;
// expect: hardcoded-secret
app.keys = (process.env.COOKIE_KEYS ?? 'lexcase-dev-cookie-key').split(',');

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    logger.error({ err, path: ctx.path }, 'request failed');
    // ok: error-details-leak
    ctx.body = { error: err.expose ? err.message : 'Internal server error' };
  }
});

app.use(helmet());
app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(koaBody({ jsonLimit: '1mb' }));
app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  // expect: token-logging
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, body: ctx.request.body, ms: Date.now() - started }, 'request');
});
app.use(loadSession);
app.use(mount('/backoffice', backoffice));
app.use(mount('/support', support));
app.use(rootRouter.routes());
app.use(rootRouter.allowedMethods());
