import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { createHmac, timingSafeEqual } from 'crypto';
import { prisma } from '../lib/db';
import { logger } from '../lib/logger';

export const webhooksRouter = new Router({ prefix: '/webhooks' });

function validEsignSignature(raw: string, signature: string | undefined) {
  if (!signature) return false;
  const digest = createHmac('sha256', process.env.ESIGN_WEBHOOK_SECRET!).update(raw).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === digest.length && timingSafeEqual(given, digest);
}

// ok: missing-auth, unverified-webhook
webhooksRouter.post('/esign', koaBody({ includeUnparsed: true }), async (ctx) => {
  const raw = (ctx.request.body as any)[Symbol.for('unparsedBody')] as string;
  if (!validEsignSignature(raw, ctx.get('x-esign-signature'))) ctx.throw(401, 'bad signature');
  const event = ctx.request.body as { type: string; documentId: string; completedAt: string };
  if (event.type === 'envelope.completed') {
    // ok: unscoped-tenant-query
    await prisma.document.update({ where: { id: event.documentId }, data: { signedAt: new Date(event.completedAt) } });
  }
  ctx.status = 200;
});

// expect: unverified-webhook
webhooksRouter.post('/billing', koaBody(), async (ctx) => {
  const event = ctx.request.body as { type: string; data: { object: { metadata: { workspaceId: string } } } };
  logger.info({ type: event.type }, 'billing event');
  if (event.type === 'invoice.payment_failed') {
    // ok: unscoped-tenant-query
    await prisma.timeEntry.updateMany({
      where: { workspaceId: event.data.object.metadata.workspaceId, billedAt: { not: null } },
      data: { billedAt: null },
    });
  }
  ctx.body = { received: true };
});
