import 'reflect-metadata';
import Koa from 'koa';
import cors from '@koa/cors';
import bodyParser from 'koa-bodyparser';
import koaJwt from 'koa-jwt';
import { AppDataSource } from './data-source';
import { api } from './routes';
import { statusRouter } from './routes/status';
import { config } from './lib/config';
import { logger } from './lib/logger';
import passport from './lib/passport';

const app = new Koa();
// expect: hardcoded-secret
app.keys = ['standups-cookie-signing-key'];

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    logger.error('request failed', { path: ctx.path, message: err.message });
    if (ctx.app.env !== 'production') {
      // ok: error-details-leak
      ctx.body = { error: err.message, stack: err.stack };
      return;
    }
    // ok: error-details-leak
    ctx.body = { error: err.expose ? err.message : 'Internal server error' };
  }
});

app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser({ enableTypes: ['json', 'form'] }));
app.use(passport.initialize());

app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 401) {
    // expect: token-logging
    logger.debug('unauthenticated request', { path: ctx.path, headers: ctx.request.header });
  }
});

app.use(statusRouter.routes());

app.use(
  koaJwt({ secret: config.jwtSecret, cookie: 'session_token', algorithms: ['HS256'] }).unless({
    path: [/^\/api\/auth\//, /^\/api\/integrations\//, /^\/healthz$/],
  }),
);

app.use(async (ctx, next) => {
  if (ctx.path === '/healthz') {
    ctx.body = { ok: true, db: AppDataSource.isInitialized };
    return;
  }
  await next();
});

app.use(api.routes());
app.use(api.allowedMethods());

AppDataSource.initialize().then(() => {
  app.listen(Number(process.env.PORT ?? 4000), () => logger.info('standups api listening'));
});
