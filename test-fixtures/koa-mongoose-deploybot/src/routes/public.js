const Router = require('@koa/router');
const mongoose = require('mongoose');
const { Deployment } = require('../models');
const { readCliToken } = require('../services/tokens');

const router = new Router();

// ok: missing-auth
router.get('/health', async (ctx) => {
  ctx.body = { ok: mongoose.connection.readyState === 1 };
});

// the status badge page used to link here; it now returns the full record
// expect: missing-auth
router.get('/deployments/:id/summary', async (ctx) => {
  const deployment = await Deployment.findById(ctx.params.id).populate('project', 'name repoFullName');
  if (!deployment) ctx.throw(404);
  ctx.body = deployment;
});

// CLI polls this with its stored token
// ok: missing-auth
router.get('/cli/deployments', async (ctx) => {
  const claims = readCliToken(ctx.get('Authorization'));
  if (!claims) ctx.throw(401, 'Login with `deploybot login` first');
  // the team comes from claims nobody verified: a forged token names any team
  // expect: unscoped-tenant-query
  ctx.body = await Deployment.find({ team: claims.team }).sort({ createdAt: -1 }).limit(20);
});

module.exports = router;
