const Router = require('@koa/router');
const crypto = require('crypto');
const db = require('../lib/db');

const router = new Router({ prefix: '/webhooks' });

function validBureauSignature(rawBody, header) {
  const expected = crypto.createHmac('sha256', process.env.BUREAU_WEBHOOK_SECRET).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(String(header || ''));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: missing-auth, unverified-webhook
router.post('/credit-bureau', async (ctx) => {
  if (!validBureauSignature(ctx.request.rawBody, ctx.get('x-bureau-signature'))) ctx.throw(401, 'bad signature');
  const { nationalId, score } = ctx.request.body;
  await db('borrowers').where({ national_id: nationalId }).update({ credit_score: score });
  ctx.status = 204;
});

// expect: unverified-webhook
// ok: missing-auth
router.post('/esign', async (ctx) => {
  const event = ctx.request.body;
  if (event.type === 'envelope.completed') {
    await db('loans').where({ id: event.metadata.loanId }).update({ status: 'signed' });
  }
  ctx.status = 204;
});

module.exports = router;
