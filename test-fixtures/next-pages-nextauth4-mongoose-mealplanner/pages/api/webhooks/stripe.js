import Stripe from 'stripe';
import dbConnect from '../../../lib/mongodb';
import Practice from '../../../models/Practice';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export const config = { api: { bodyParser: false } };

async function rawBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// ok: unverified-webhook, missing-auth
export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  let event;
  try {
    event = stripe.webhooks.constructEvent(await rawBody(req), req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error`);
  }
  await dbConnect();
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await Practice.updateOne({ stripeCustomerId: sub.customer }, { plan: sub.metadata.plan });
  }
  res.json({ received: true });
}
