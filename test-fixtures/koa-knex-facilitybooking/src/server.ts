import Koa from 'koa';
import cors from '@koa/cors';
import helmet from 'koa-helmet';
import { koaBody } from 'koa-body';
import jwt from 'koa-jwt';
import { config } from './config';
import { errorHandler } from './middleware/errors';
import { statusRouter } from './routes/public';
import { apiRouter } from './routes/index';

const app = new Koa();
app.proxy = true;

app.use(errorHandler);
app.use(helmet());
app.use(
  cors({
    // ok: cors-wildcard
    origin: (ctx) => (config.webOrigins.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''),
    credentials: true,
  }),
);
app.use(koaBody({ jsonLimit: '100kb' }));

// request dump for support sessions, switched on per deployment
app.use(async (ctx, next) => {
  if (process.env.DEBUG_HTTP === '1') {
    // expect: token-logging
    console.debug('incoming', ctx.method, ctx.url, ctx.headers);
  }
  await next();
});

app.use(statusRouter.routes());

app.use(
  jwt({ secret: config.jwtSecret, cookie: 'fb_token', algorithms: ['HS256'] }).unless({
    path: [/^\/api\/v1\/auth\//, /^\/api\/v1\/public\//, /^\/api\/v1\/reports\//, /^\/api\/v1\/kiosk\//],
  }),
);

app.use(apiRouter.routes()).use(apiRouter.allowedMethods());

app.listen(config.port);
