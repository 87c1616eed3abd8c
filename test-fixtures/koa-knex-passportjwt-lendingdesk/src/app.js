const Koa = require('koa');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');
const { passport } = require('./auth/passport');
const errorHandler = require('./middleware/errors');
const db = require('./lib/db');
const authRouter = require('./routes/auth');
const webhooksRouter = require('./routes/webhooks');
const apiRouter = require('./routes/api');
const loansRouter = require('./routes/loans');
const borrowersRouter = require('./routes/borrowers');
const reportsRouter = require('./routes/reports');
const collectionsRouter = require('./routes/collections');

const app = new Koa();
// expect: hardcoded-secret
app.keys = [process.env.COOKIE_KEY || 'lendingdesk-cookie-signing'];
app.proxy = true;

app.use(errorHandler);
app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser());
app.use(passport.initialize());

const Router = require('@koa/router');

const healthRouter = new Router();
// ok: missing-auth
healthRouter.get('/healthz', async (ctx) => {
  await db.raw('select 1');
  ctx.body = { ok: true };
});

app.use(healthRouter.routes());
app.use(authRouter.routes()).use(authRouter.allowedMethods());
app.use(webhooksRouter.routes());
app.use(apiRouter.routes()).use(apiRouter.allowedMethods());
app.use(loansRouter.routes()).use(loansRouter.allowedMethods());
app.use(borrowersRouter.routes()).use(borrowersRouter.allowedMethods());
app.use(collectionsRouter.routes());
app.use(reportsRouter.routes());

module.exports = app;
