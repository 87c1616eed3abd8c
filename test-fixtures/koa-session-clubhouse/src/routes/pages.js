const Router = require('@koa/router');
const { prisma } = require('../db');

const router = new Router();

// ok: missing-auth
router.get('/login', async (ctx) => {
  if (ctx.state.user) return ctx.redirect('/');
  ctx.body = { page: 'login' };
});

// a court's bookings, meant for members: the check is the wrong way round
// expect: missing-auth
router.get('/courts/:court/bookings', async (ctx) => {
  if (ctx.isAuthenticated()) {
    ctx.redirect(`/app/courts/${ctx.params.court}`);
    return;
  }
  // ok: unscoped-tenant-query
  ctx.body = await prisma.booking.findMany({ where: { court: Number(ctx.params.court) }, include: { member: true } });
});

// ok: missing-auth
router.get('/me/bookings', async (ctx) => {
  if (!ctx.isAuthenticated()) {
    ctx.redirect('/login');
    return;
  }
  ctx.body = await prisma.booking.findMany({ where: { memberId: ctx.state.user.id } });
});

// ok: missing-auth
router.get('/me', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'sign in first');
  ctx.body = await prisma.member.findUnique({ where: { id: ctx.state.user.id } });
});

// ok: missing-auth
router.get('/me/history', async (ctx) => {
  if (ctx.isUnauthenticated()) ctx.throw(401);
  ctx.body = await prisma.booking.findMany({ where: { memberId: ctx.state.user.id }, orderBy: { startsAt: 'desc' } });
});

module.exports = router;
