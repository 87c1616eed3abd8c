import Router from '@koa/router';
import crypto from 'crypto';
import { db } from '../db';
import { config } from '../config';
import { logger } from '../logger';

export const webhooksRouter = new Router({ prefix: '/webhooks' });

function validPaymentsSignature(rawBody: string, header: string | undefined) {
  if (!header) return false;
  const expected = crypto.createHmac('sha256', config.paymentsWebhookSecret).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// rent collected through the payments provider
// ok: unverified-webhook, missing-auth, missing-input-validation
webhooksRouter.post('/payments', async (ctx) => {
  const raw = ctx.request.rawBody;
  if (!validPaymentsSignature(raw, ctx.get('x-payments-signature'))) {
    ctx.throw(401, 'Bad signature');
  }
  const event = JSON.parse(raw) as { type: string; data: { reference: string; amount: number } };
  if (event.type === 'payment.succeeded') {
    // ok: unscoped-tenant-query
    await db('payments').where({ provider_ref: event.data.reference }).update({ status: 'paid', paid_at: db.fn.now() });
  } else if (event.type === 'payment.failed') {
    await db('payments').where({ provider_ref: event.data.reference }).update({ status: 'failed' });
  }
  ctx.status = 200;
  ctx.body = { received: true };
});

// background-check results from the screening partner
// expect: unverified-webhook
// ok: missing-auth
webhooksRouter.post('/screening', async (ctx) => {
  const body = ctx.request.body as { applicantRef: string; result: 'pass' | 'fail' | 'review' };
  logger.info({ applicantRef: body.applicantRef }, 'screening result');
  await db('screenings').where({ applicant_ref: body.applicantRef }).update({ status: body.result === 'pass' ? 'approved' : 'needs_review', completed_at: db.fn.now() });
  ctx.status = 204;
});
