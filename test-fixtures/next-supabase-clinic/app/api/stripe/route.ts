import Stripe from 'stripe';
import { adminClient } from '@/lib/supabase';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// Stripe's endpoint is configured as https://clinic.example/api/stripe
// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature');
  if (!signature) return new Response('missing signature', { status: 400 });
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('invalid signature', { status: 400 });
  }
  if (event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    await adminClient.from('clinics').update({ plan: 'free' }).eq('stripe_subscription_id', sub.id);
  }
  return new Response(null, { status: 204 });
}
