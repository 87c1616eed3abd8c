const Router = require('@koa/router');
const { z } = require('zod');
const { prisma } = require('../db');

// the club admin's outgoing notifications (booking made, booking cancelled)
const router = new Router({ prefix: '/api/hooks' });

router.use(async (ctx, next) => {
  if (ctx.isAuthenticated()) return next();
  ctx.status = 401;
  ctx.body = { error: 'sign in' };
});

const hookInput = z.object({ url: z.string().url(), events: z.array(z.enum(['booking.created', 'booking.cancelled'])) });

// ok: unverified-webhook, missing-auth
router.get('/', async (ctx) => {
  ctx.body = await prisma.hook.findMany({ where: { orgId: ctx.state.user.orgId } });
});

// ok: unverified-webhook, missing-auth
router.post('/', async (ctx) => {
  const input = hookInput.parse(ctx.request.body);
  ctx.body = await prisma.hook.create({ data: { ...input, orgId: ctx.state.user.orgId } });
});

// ok: unverified-webhook, missing-auth
router.delete('/:id', async (ctx) => {
  await prisma.hook.deleteMany({ where: { id: ctx.params.id, orgId: ctx.state.user.orgId } });
  ctx.status = 204;
});

module.exports = router;
