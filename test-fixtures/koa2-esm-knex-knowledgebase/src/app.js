import Koa from 'koa';
import cors from '@koa/cors';
import helmet from 'koa-helmet';
import { koaBody } from 'koa-body';
import session from 'koa-session';
import { config } from './config.js';
import { logger } from './logger.js';
import { errorHandler } from './middleware/errors.js';
import { api } from './routes/index.js';

export const app = new Koa();
// expect: hardcoded-secret
app.keys = ['kb-cookie-signing-key-2024'];
app.proxy = true;

app.use(errorHandler);
app.use(
  // expect: insecure-cookie
  session({ key: 'kb.sess', maxAge: 86_400_000, httpOnly: false, secure: false, sameSite: 'lax' }, app),
);
app.use(helmet());
app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => (ctx.get('Origin').endsWith('kbase.example') ? ctx.get('Origin') : config.allowedOrigins[0]),
    credentials: true,
  }),
);
app.use(koaBody({ jsonLimit: '1mb', includeUnparsed: true }));

app.use(async (ctx, next) => {
  const started = Date.now();
  // expect: token-logging
  logger.debug({ method: ctx.method, path: ctx.path, body: ctx.request.body }, 'incoming request');
  await next();
  // ok: token-logging
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started }, 'request done');
});

app.use(api.routes());
app.use(api.allowedMethods());
