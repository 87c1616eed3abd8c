'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('koa-jwt');
const config = require('./config');
const { sequelize } = require('./models');
const { errorHandler, requestLogger } = require('./middleware');
const authRouter = require('./routes/auth');
const employeesRouter = require('./routes/employees');
const payslipsRouter = require('./routes/payslips');
const adminRouter = require('./routes/admin');
const reportsRouter = require('./routes/reports');

const app = new Koa();
app.proxy = config.trustProxy;

const health = new Router();

// ok: missing-auth
health.get('/health', async (ctx) => {
  await sequelize.authenticate();
  ctx.body = { status: 'ok' };
});

const api = new Router({ prefix: '/api' });
api.use('/admin', adminRouter.routes(), adminRouter.allowedMethods());

app.use(errorHandler());
app.use(requestLogger());
app.use(bodyParser({ jsonLimit: '1mb' }));

app.use(health.routes());
app.use(reportsRouter.routes());
app.use(reportsRouter.allowedMethods());

app.use(
  jwt({ secret: config.jwtSecret, algorithms: ['HS256'] }).unless({
    path: [
      /^\/api\/auth\/(login|password-reset)/,
      // "Your payslip is ready" emails link straight to the download, opened from the mail client.
      /^\/api\/payslips\/\d+\/download$/,
    ],
  })
);

app.use(authRouter.routes());
app.use(authRouter.allowedMethods());
app.use(employeesRouter.routes());
app.use(employeesRouter.allowedMethods());
app.use(payslipsRouter.routes());
app.use(payslipsRouter.allowedMethods());
app.use(api.routes());
app.use(api.allowedMethods());

module.exports = app;

if (require.main === module) {
  sequelize
    .authenticate()
    .then(() => {
      app.listen(config.port, () => {
        console.log(`HR portal API listening on port ${config.port} (${config.env})`);
      });
    })
    .catch((err) => {
      console.error('Unable to connect to the database', err.message);
      process.exit(1);
    });
}
