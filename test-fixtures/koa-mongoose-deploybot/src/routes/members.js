const Router = require('@koa/router');
const Joi = require('joi');
const { User } = require('../models');
const { validateBody } = require('../middleware/validate');
const { requireRole } = require('../middleware/auth');

const router = new Router({ prefix: '/team/members' });

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await User.find({ team: ctx.state.user.team }).select('email name role');
});

// ok: missing-auth, missing-role-check, missing-input-validation
router.patch('/:userId/role', requireRole('admin'), validateBody(Joi.object({ role: Joi.string().valid('member', 'maintainer', 'admin').required() })), async (ctx) => {
  // ok: unscoped-tenant-query
  const member = await User.findOneAndUpdate(
    { _id: ctx.params.userId, team: ctx.state.user.team },
    { role: ctx.request.body.role },
    { new: true },
  );
  if (!member) ctx.throw(404);
  ctx.body = { id: member._id, role: member.role };
});

// expect: missing-role-check
router.delete('/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  const removed = await User.findOneAndDelete({ _id: ctx.params.userId, team: ctx.state.user.team });
  if (!removed) ctx.throw(404);
  ctx.status = 204;
});

module.exports = router;
