'use strict';

const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const errorHandler = require('./middleware/errorHandler');
const logger = require('./lib/logger');
const api = require('./routes');

const app = new Koa();
app.proxy = true;

const allowedOrigins = (process.env.CORS_ORIGINS || 'https://app.ledgerline.io').split(',');

app.use(errorHandler());
app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  // expect: token-logging
  logger.info(
    { method: ctx.method, path: ctx.path, status: ctx.status, ms: Date.now() - started, headers: ctx.headers },
    'request completed',
  );
});
app.use(
  cors({
    origin(ctx) {
      const origin = ctx.get('Origin');
      if (allowedOrigins.includes(origin)) return origin;
      // customer-branded portals live on <tenant>.ledgerline.io
      // expect: cors-wildcard
      if (origin.endsWith('ledgerline.io')) return origin;
      return allowedOrigins[0];
    },
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  }),
);
app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));

app.use(api.routes());
app.use(api.allowedMethods());

module.exports = app;
