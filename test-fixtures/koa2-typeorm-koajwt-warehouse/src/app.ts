import Koa from 'koa';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import jwt from 'koa-jwt';
import { AppDataSource } from './data-source';
import { JWT_SECRET } from './lib/tokens';
import { errorHandler, requestLog, debugAuthHeader } from './middleware/errors';
import { authRouter } from './routes/auth';
import { stockRouter } from './routes/stock';
import { ordersRouter } from './routes/orders';
import { adminRouter, manageRouter } from './routes/admin';
import { usersRouter } from './routes/users';
import { webhooksRouter } from './routes/webhooks';
import { healthRouter, publicRouter } from './routes/public';
import { scanRouter } from './routes/scan';

const app = new Koa();
// expect: hardcoded-secret
app.keys = (process.env.COOKIE_KEYS ?? 'wh-cookie-key-dev').split(',');
app.proxy = true;

app.use(errorHandler);
app.use(requestLog);
app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  }),
);
app.use(koaBody({ jsonLimit: '1mb', includeUnparsed: true }));

// mounted before the JWT check on purpose (load balancer probes)
app.use(healthRouter.routes());

app.use(debugAuthHeader);
app.use(
  jwt({ secret: JWT_SECRET, algorithms: ['HS256'] }).unless({
    path: [/^\/auth\//, /^\/public\//, /^\/webhooks\//, /^\/scan\//],
  }),
);

app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(publicRouter.routes());
app.use(webhooksRouter.routes());
app.use(scanRouter.routes());
app.use(stockRouter.routes()).use(stockRouter.allowedMethods());
app.use(ordersRouter.routes());
app.use(usersRouter.routes());
app.use(adminRouter.routes());
app.use(manageRouter.routes());

AppDataSource.initialize().then(() => {
  app.listen(Number(process.env.PORT ?? 4000));
});
