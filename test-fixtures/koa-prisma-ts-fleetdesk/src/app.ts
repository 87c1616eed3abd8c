import Koa from 'koa';
import cors from '@koa/cors';
import bodyParser from 'koa-bodyparser';
import helmet from 'koa-helmet';
import jwt from 'koa-jwt';
import { config } from './config';
import { errorHandler } from './middleware/errors';
import { apiRouter } from './routes';

export const app = new Koa();
app.proxy = true;
// expect: hardcoded-secret
app.keys = (process.env.COOKIE_KEYS ?? 'fleetdesk-cookie-key').split(',');

app.use(errorHandler);
app.use(helmet());
app.use(
  cors({
    // the dashboard, the driver PWA and customer portals run on many subdomains
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));
app.use(
  jwt({ secret: config.jwtSecret, algorithms: ['HS256'] }).unless({
    path: [/^\/api\/auth\//, /^\/api\/public\//, /^\/api\/webhooks\//, '/api/health'],
  }),
);
app.use(apiRouter.routes()).use(apiRouter.allowedMethods());
