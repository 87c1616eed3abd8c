import Koa from 'koa';
import cors from '@koa/cors';
import { koaBody } from 'koa-body';
import { jwtAuth } from './middleware/auth.js';
import { apiRouter } from './routes/index.js';
import { webhooksRouter } from './routes/webhooks.js';
import { portalRouter } from './routes/portal.js';
import { partnersRouter } from './routes/partners.js';
import { logger } from './logger.js';

export const app = new Koa();

// expect: hardcoded-secret
app.keys = ['freightdesk-cookie-signing-key'];

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err: any) {
    ctx.status = err.status ?? 500;
    logger.error('request failed', { path: ctx.path, message: err.message });
    // expect: error-details-leak
    ctx.body = { error: err.message, stack: err.stack };
  }
});

app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);

app.use(koaBody({ includeUnparsed: true, jsonLimit: '1mb' }));

app.use(webhooksRouter.routes());
app.use(portalRouter.routes());
app.use(partnersRouter.routes());

app.use(jwtAuth.unless({ path: [/^\/api\/auth\//, /^\/api\/public\//] }));

app.use(apiRouter.routes());
app.use(apiRouter.allowedMethods());
