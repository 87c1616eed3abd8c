import Koa from 'koa';
import Router from '@koa/router';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import jwt from 'koa-jwt';
import { config } from './config';
import { errorMiddleware } from './middleware/errors';
import { accessLog, traceAuth } from './middleware/accessLog';
import { authRouter } from './routes/auth';
import { tendersRouter } from './routes/tenders';
import { hooksRouter } from './routes/hooks';
import { orgRouter } from './routes/orgs';
import { adminRouter } from './routes/admin';
import { meRouter } from './routes/me';

export const app = new Koa();
app.proxy = true;

app.use(errorMiddleware);
app.use(accessLog);
app.use(
  cors({
    origin: (ctx) => {
      const origin = ctx.get('Origin');
      // expect: cors-wildcard
      return origin.endsWith(config.originSuffix) ? origin : '';
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);
app.use(koaBody({ jsonLimit: '512kb', includeUnparsed: true }));
app.use(traceAuth);
app.use(
  jwt({ secret: config.jwtSecret, algorithms: ['HS256'], cookie: config.sessionCookie }).unless({
    path: [/^\/auth\//, /^\/tenders/, /^\/hooks\//, '/healthz'],
  }),
);

const api = new Router();

// ok: missing-auth
api.get('/healthz', (ctx) => {
  ctx.body = { ok: true, version: process.env.APP_VERSION ?? 'dev' };
});

api.use('/auth', authRouter.routes(), authRouter.allowedMethods());
api.use('/tenders', tendersRouter.routes());
api.use('/hooks', hooksRouter.routes());
api.use('/orgs/:orgId', orgRouter.routes(), orgRouter.allowedMethods());
api.use('/admin', adminRouter.routes());
api.use('/me', meRouter.routes());

app.use(api.routes()).use(api.allowedMethods());
