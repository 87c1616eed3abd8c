import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { authenticate } from './middleware/auth.js';
import { publicRouter } from './routes/public.js';
import { apiRouter } from './routes/api.js';

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    ctx.body = { error: ctx.status < 500 ? err.message : 'internal error' };
    if (ctx.status >= 500) console.error(err);
  }
});
app.use(bodyParser({ jsonLimit: '2mb' }));

app.use(publicRouter.routes()).use(publicRouter.allowedMethods());
app.use(authenticate);
app.use(apiRouter.routes()).use(apiRouter.allowedMethods());

app.listen(Number(process.env.PORT ?? 4000));
