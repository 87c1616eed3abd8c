import { error, json } from '@sveltejs/kit';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

// ok: unverified-webhook, missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'bad signature');
  }
  if (event.type === 'checkout.session.completed') {
    const { courseId, userId } = event.data.object.metadata ?? {};
    // ok: unscoped-tenant-query
    await prisma.enrollment.upsert({
      where: { courseId_userId: { courseId: courseId!, userId: userId! } },
      create: { courseId: courseId!, userId: userId! },
      update: {},
    });
  }
  return json({ received: true });
};
