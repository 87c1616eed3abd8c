import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { db, invoices, organizations } from '../../../db';

// expect: unverified-webhook
export const POST: APIRoute = async ({ request }) => {
  const event = await request.json();
  switch (event.type) {
    case 'invoice.paid':
      await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.number, event.data.object.number));
      break;
    case 'customer.subscription.deleted':
      await db.update(organizations).set({ plan: 'starter' }).where(eq(organizations.stripeCustomerId, event.data.object.customer));
      break;
  }
  return Response.json({ received: true });
};
