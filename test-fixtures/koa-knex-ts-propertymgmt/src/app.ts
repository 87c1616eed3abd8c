import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import { errorHandler, requestLog } from './middleware/errors';
import { authRouter } from './routes/auth';
import { portalRouter } from './routes/portal';
import { propertiesRouter } from './routes/properties';
import { tenantsRouter } from './routes/tenants';
import { paymentsRouter } from './routes/payments';
import { documentsRouter } from './routes/documents';
import { teamRouter } from './routes/team';
import { adminRouter } from './routes/admin';
import { webhooksRouter } from './routes/webhooks';
import { meRouter } from './routes/me';
import { partnerRouter } from './routes/partner';
import { applicationsRouter, publicRouter } from './routes/applications';
import { db } from './db';

export const app = new Koa();

// expect: hardcoded-secret
app.keys = [process.env.COOKIE_KEY || 'pm-cookie-signing-dev'];
app.proxy = true;

app.use(errorHandler);
app.use(requestLog);
app.use(async (ctx, next) => {
  if (ctx.path.startsWith('/api/webhooks')) {
    // expect: token-logging
    console.debug('[webhook] incoming', ctx.method, ctx.path, ctx.request.header);
  }
  await next();
});
app.use(
  cors({
    // the owner dashboard runs on each company's own domain
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser({ enableTypes: ['json', 'form'], jsonLimit: '1mb' }));

const api = new Router({ prefix: '/api' });

// ok: missing-auth
api.get('/health', async (ctx) => {
  await db.raw('select 1');
  ctx.body = { ok: true };
});

for (const router of [authRouter, portalRouter, propertiesRouter, tenantsRouter, paymentsRouter, documentsRouter, teamRouter, adminRouter, webhooksRouter, meRouter, partnerRouter, publicRouter, applicationsRouter]) {
  api.use(router.routes(), router.allowedMethods());
}

app.use(api.routes()).use(api.allowedMethods());
