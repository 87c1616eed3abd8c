import type { NextApiRequest, NextApiResponse } from 'next';
import Stripe from 'stripe';
import { prisma } from '../../../../lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, {
  apiVersion: '2023-08-16',
});

// expect: missing-auth
export default async function refundPayment(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const paymentId = req.query.id as string;

  const payment = await prisma.payment.findUnique({ where: { id: paymentId } });
  if (!payment) {
    return res.status(404).json({ error: 'Payment not found' });
  }
  if (payment.status !== 'SUCCEEDED') {
    return res.status(409).json({ error: 'Only succeeded payments can be refunded' });
  }

  if (payment.stripePaymentIntentId) {
    await stripe.refunds.create({ payment_intent: payment.stripePaymentIntentId });
  }

  const [refunded] = await prisma.$transaction([
    prisma.payment.update({
      where: { id: payment.id },
      data: { status: 'REFUNDED' },
    }),
    prisma.invoice.update({
      where: { id: payment.invoiceId },
      data: { status: 'SENT' },
    }),
  ]);

  return res.status(200).json(refunded);
}
