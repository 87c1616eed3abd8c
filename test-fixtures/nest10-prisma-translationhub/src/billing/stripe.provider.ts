import Stripe from 'stripe';

export const STRIPE = Symbol('STRIPE');

export const stripeProvider = {
  provide: STRIPE,
  useFactory: () => new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-11-20.acacia' }),
};
