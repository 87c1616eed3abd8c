import Stripe from 'stripe';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

// payout account events arrive as thin events: parseThinEvent checks the signature before anything is read
// ok: unverified-webhook
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.ThinEvent;
  try {
    event = stripe.parseThinEvent(body, signature, process.env.STRIPE_ACCOUNTS_WEBHOOK_SECRET ?? '');
  } catch {
    return Response.json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'v2.core.account.closed' && event.related_object) {
    await prisma.workspace.updateMany({ where: { id: event.related_object.id }, data: { plan: 'free' } });
  }
  return Response.json({ received: true });
}
