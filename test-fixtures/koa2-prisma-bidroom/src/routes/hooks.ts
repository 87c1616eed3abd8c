import Router from '@koa/router';
import crypto from 'node:crypto';
import { prisma } from '../db';
import { config } from '../config';

export const hooksRouter = new Router();

function validEsignSignature(rawBody: string, header: string | undefined) {
  if (!header) return false;
  const expected = crypto.createHmac('sha256', config.esignSecret).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: unverified-webhook, missing-auth
hooksRouter.post('/esign', async (ctx) => {
  const raw = (ctx.request as any).body[Symbol.for('unparsedBody')] as string;
  if (!validEsignSignature(raw, ctx.get('X-Esign-Signature'))) {
    ctx.throw(401, 'bad signature');
  }
  const event = ctx.request.body as { envelopeId: string; bidId: string; status: string };
  if (event.status === 'completed') {
    await prisma.bid.update({ where: { id: event.bidId }, data: { status: 'awarded' } });
  }
  ctx.status = 204;
});

// expect: unverified-webhook
// ok: missing-auth
hooksRouter.post('/payments', async (ctx) => {
  const raw = (ctx.request as any).body[Symbol.for('unparsedBody')] as string;
  const sig = crypto.createHmac('sha256', config.paymentsSecret).update(raw).digest('hex');
  if (sig === ctx.get('X-Pay-Signature')) {
    const { bidId } = ctx.request.body as { bidId: string };
    await prisma.bid.update({ where: { id: bidId }, data: { paidAt: new Date() } });
  }
  ctx.status = 200;
});
