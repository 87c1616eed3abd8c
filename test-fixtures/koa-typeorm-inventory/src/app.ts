import Koa from 'koa';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import jwt from 'koa-jwt';
import session from 'koa-session';
import { AppDataSource } from './data-source';
import { errorHandler } from './middleware/errors';
import { logger } from './logger';
import publicRouter from './routes/public';
import authRouter from './routes/auth';
import productsRouter from './routes/products';
import warehousesRouter from './routes/warehouses';
import movementsRouter from './routes/movements';
import importsRouter from './routes/imports';
import { adminRouter, manageRouter } from './routes/admin';

const app = new Koa();
app.proxy = true;

app.use(errorHandler);
app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  // ok: token-logging
  logger.info({ method: ctx.method, path: ctx.path, status: ctx.status, ua: ctx.get('user-agent'), ms: Date.now() - started });
  if (ctx.status === 401) {
    // expect: token-logging
    logger.warn({ header: ctx.request.header }, 'rejected');
  }
});
app.use(cors({
  // expect: cors-wildcard
  origin: (ctx) => ctx.get('Origin'),
  credentials: true,
}));
app.use(koaBody({ jsonLimit: '1mb' }));

// the embedded dashboard (another site) keeps a cookie session beside the API's bearer tokens
app.keys = (process.env.APP_KEYS ?? '').split(',');
// expect: insecure-cookie
app.use(session({ key: 'stockroom.sess', sameSite: 'none', secure: false, maxAge: 86_400_000 }, app));

app.use(publicRouter.routes());
app.use(authRouter.routes()).use(authRouter.allowedMethods());

app.use(jwt({ secret: process.env.JWT_SECRET as string, algorithms: ['HS256'] }).unless({ path: [/^\/auth\//, '/health', /^\/catalog\//] }));

app.use(productsRouter.routes());
app.use(warehousesRouter.routes());
app.use(movementsRouter.routes());
app.use(importsRouter.routes());
app.use(adminRouter.routes());
app.use(manageRouter.routes());

AppDataSource.initialize().then(() => app.listen(Number(process.env.PORT ?? 3000)));
