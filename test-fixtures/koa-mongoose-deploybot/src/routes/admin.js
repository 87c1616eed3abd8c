const Router = require('@koa/router');
const { Team, User, Deployment } = require('../models');
const { requireRole } = require('../middleware/auth');

const router = new Router({ prefix: '/admin' });
router.use(requireRole('admin'));

// ok: missing-auth, missing-role-check
router.get('/teams', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await Team.find().sort({ createdAt: -1 }).limit(200);
});

// ok: missing-auth, missing-role-check
router.get('/stats', async (ctx) => {
  const [teams, users, deployments] = await Promise.all([Team.countDocuments(), User.countDocuments(), Deployment.countDocuments()]);
  ctx.body = { teams, users, deployments };
});

module.exports = router;
