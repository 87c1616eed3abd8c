const Router = require('@koa/router');
const { prisma } = require('../db');

const router = new Router();

// the card processor's callback when a court fee is paid
// expect: unverified-webhook
router.post('/webhooks/payments', async (ctx) => {
  const event = ctx.request.body;
  if (event.type === 'charge.succeeded') {
    await prisma.booking.update({ where: { id: event.data.object.metadata.bookingId }, data: { court: event.data.object.metadata.court } });
  }
  ctx.body = { received: true };
});

module.exports = router;
