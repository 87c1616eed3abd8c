import 'server-only';
import Stripe from 'stripe';

let client: Stripe | undefined;

export function getStripe(): Stripe {
  if (!client) {
    // ok: public-env-secret
    const secretKey = process.env.STRIPE_SECRET_KEY;
    if (!secretKey) {
      throw new Error('STRIPE_SECRET_KEY is not set');
    }
    client = new Stripe(secretKey, { apiVersion: '2024-06-20' });
  }
  return client;
}
