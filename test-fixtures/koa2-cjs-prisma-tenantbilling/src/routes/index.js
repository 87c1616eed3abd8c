'use strict';

const Router = require('@koa/router');
const { requireAuth } = require('../middleware/auth');
const authRoutes = require('./auth');
const orgRoutes = require('./orgs');
const adminRoutes = require('./admin');
const reportRoutes = require('./reports');
const webhookRoutes = require('./webhooks');
const payRoutes = require('./pay');

const api = new Router({ prefix: '/api' });

// ok: missing-auth
api.get('/health', (ctx) => {
  ctx.body = { ok: true, uptime: process.uptime() };
});

api.use('/auth', authRoutes.routes(), authRoutes.allowedMethods());
api.use('/webhooks', webhookRoutes.routes());
api.use('/pay', payRoutes.routes());

// org-scoped API: orgRoutes authenticates itself (see routes/orgs.js)
api.use('/orgs/:orgId', orgRoutes.routes(), orgRoutes.allowedMethods());
api.use('/admin', requireAuth, adminRoutes.routes());
api.use('/reports', reportRoutes.routes());

module.exports = api;
