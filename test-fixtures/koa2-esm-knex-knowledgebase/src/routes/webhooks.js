import Router from '@koa/router';
import crypto from 'node:crypto';
import { db } from '../db.js';
import { config } from '../config.js';

const router = new Router();

function verifyIntercomSignature(rawBody, header) {
  const expected = 'sha1=' + crypto.createHmac('sha1', process.env.INTERCOM_CLIENT_SECRET).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header ?? '');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: missing-auth, unverified-webhook
router.post('/intercom', async (ctx) => {
  if (!verifyIntercomSignature(ctx.request.rawBody, ctx.get('x-hub-signature'))) ctx.throw(401, 'bad signature');
  const { topic, data } = ctx.request.body;
  if (topic === 'conversation.user.created') {
    await db('articles')
      .where({ id: Number(data.item.article_id) })
      .update({ updated_at: db.fn.now() });
  }
  ctx.status = 200;
});

// expect: unverified-webhook
router.post('/billing', async (ctx) => {
  const event = ctx.request.body;
  if (event.type === 'subscription.updated') {
    await db('accounts').where({ id: event.data.account_ref }).update({ plan: event.data.plan });
  }
  ctx.body = { received: true, configured: Boolean(config.billingWebhookSecret) };
});

export default router;
