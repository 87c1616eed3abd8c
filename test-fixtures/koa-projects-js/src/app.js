const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const jwt = require('koa-jwt');
const publicRouter = require('./routes/public');
const authRouter = require('./routes/auth');
const projectsRouter = require('./routes/projects');
const { root: adminRouter, adminReports } = require('./routes/admin');
const { usage, billing } = require('./routes/billing');

const app = new Koa();

app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser());
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    // ok: error-details-leak
    ctx.body = { error: ctx.status < 500 ? 'Request failed' : 'Internal error' };
  }
});

// public routes are mounted before the JWT gate
app.use(publicRouter.routes());
app.use(usage.routes());

// everything after this needs a valid token, except the auth endpoints
app.use(jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\/auth/] }));

app.use(authRouter.routes());
app.use(projectsRouter.routes()).use(projectsRouter.allowedMethods());
app.use(adminRouter.routes());
app.use(adminReports.routes());
app.use(billing.routes());

app.listen(process.env.PORT || 4000);
