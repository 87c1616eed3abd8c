const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const errorHandler = require('./middleware/errors');
const requestLog = require('./middleware/requestLog');
const { requireAuth } = require('./middleware/auth');
const publicRoutes = require('./routes/public');
const authRoutes = require('./routes/auth');
const webhookRoutes = require('./routes/webhooks');
const projectRoutes = require('./routes/projects');
const deploymentRoutes = require('./routes/deployments');
const artifactRoutes = require('./routes/artifacts');
const incidentRoutes = require('./routes/incidents');
const memberRoutes = require('./routes/members');
const adminRoutes = require('./routes/admin');

const app = new Koa();
app.proxy = true;
// expect: hardcoded-secret
app.keys = ['deploybot-cookie-keys-v2'];

app.use(errorHandler);
app.use(requestLog);
app.use(
  cors({
    // expect: cors-wildcard
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
  }),
);
app.use(bodyParser());

app.use(publicRoutes.routes());
app.use(authRoutes.routes()).use(authRoutes.allowedMethods());
app.use(webhookRoutes.routes());

app.use(requireAuth);

app.use(projectRoutes.routes()).use(projectRoutes.allowedMethods());
app.use(deploymentRoutes.routes());
app.use(artifactRoutes.routes());
app.use(incidentRoutes.routes());
app.use(memberRoutes.routes());
app.use(adminRoutes.routes());

module.exports = app;
