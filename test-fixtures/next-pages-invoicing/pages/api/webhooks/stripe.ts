import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import { prisma } from '../../../lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, {
  apiVersion: '2023-08-16',
});

// Stripe needs the raw body to verify the signature.
export const config = {
  api: { bodyParser: false },
};

async function readRawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

// ok: missing-auth
export default async function stripeWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const signature = req.headers['stripe-signature'];
  if (typeof signature !== 'string') {
    return res.status(400).json({ error: 'Missing Stripe signature' });
  }

  let event: Stripe.Event;
  try {
    const rawBody = await readRawBody(req);
    event = stripe.webhooks.constructEvent(
      rawBody,
      signature,
      process.env.STRIPE_WEBHOOK_SECRET as string,
    );
  } catch {
    return res.status(400).json({ error: 'Invalid Stripe signature' });
  }

  // ok: token-logging
  console.log('[stripe] received event', event.type, event.id);

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object as Stripe.PaymentIntent;
    // invoiceId is set server-side when we create the PaymentIntent.
    const invoiceId = intent.metadata.invoiceId;

    const invoice = invoiceId
      ? await prisma.invoice.findUnique({ where: { id: invoiceId } })
      : null;

    if (invoice) {
      await prisma.$transaction([
        prisma.payment.upsert({
          where: { stripePaymentIntentId: intent.id },
          update: { status: 'SUCCEEDED' },
          create: {
            stripePaymentIntentId: intent.id,
            amountCents: intent.amount_received,
            method: 'card',
            status: 'SUCCEEDED',
            agencyId: invoice.agencyId,
            invoiceId: invoice.id,
          },
        }),
        prisma.invoice.update({
          where: { id: invoice.id },
          data: { status: 'PAID' },
        }),
      ]);
    }
  }

  return res.status(200).json({ received: true });
}
