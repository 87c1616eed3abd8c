const Router = require('@koa/router');
const _ = require('lodash');
const { z } = require('zod');
const { Member } = require('../models');
const { requireMember } = require('../auth');

const router = new Router({ prefix: '/members' });
router.use(requireMember);

const ProfileUpdate = z.object({ displayName: z.string().min(1).max(60), bio: z.string().max(500).optional() });

// expect: missing-input-validation
router.put('/me', async (ctx) => {
  const member = await Member.findByPk(ctx.state.member.sub);
  member.displayName = ctx.request.body.displayName;
  member.role = ctx.request.body.role;
  await member.save();
  ctx.body = member;
});

// expect: missing-input-validation
router.patch('/me/preferences', async (ctx) => {
  const member = await Member.findOne({ where: { id: ctx.state.member.sub } });
  Object.assign(member, ctx.request.body);
  await member.save();
  ctx.body = member;
});

// expect: missing-input-validation
router.patch('/me/bio', async (ctx) => {
  const { bio } = ctx.request.body;
  const member = await Member.findByPk(ctx.state.member.sub);
  member.bio = bio;
  await member.save();
  ctx.body = { ok: true };
});

// ok: missing-input-validation
router.put('/me/profile', async (ctx) => {
  const input = ProfileUpdate.parse(ctx.request.body);
  const member = await Member.findByPk(ctx.state.member.sub);
  member.displayName = input.displayName;
  member.bio = input.bio ?? member.bio;
  await member.save();
  ctx.body = member;
});

// ok: missing-input-validation
router.post('/me/seen', async (ctx) => {
  const member = await Member.findByPk(ctx.state.member.sub);
  member.lastSeenAt = new Date();
  await member.save();
  ctx.status = 204;
});

// expect: missing-input-validation
router.post('/guests', async (ctx) => {
  const invited = Member.build();
  _.merge(invited, ctx.request.body);
  await invited.save();
  ctx.status = 201;
});

module.exports = router;
