import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, organizations } from '../../../db';
import { createCheckout } from '../../../lib/payments';

const Checkout = z.object({ priceId: z.string().startsWith('price_') });

export const POST: APIRoute = async ({ locals, request }) => {
  const user = locals.user!;
  if (user.role !== 'admin') return Response.json({ error: 'Only admins manage billing' }, { status: 403 });
  const { priceId } = Checkout.parse(await request.json());
  const org = await db.query.organizations.findFirst({ where: eq(organizations.id, user.organizationId) });
  if (!org?.stripeCustomerId) return Response.json({ error: 'No billing account' }, { status: 409 });
  try {
    const session = await createCheckout(org.stripeCustomerId, priceId);
    return Response.json({ url: session.url });
  } catch (err) {
    // expect: error-details-leak
    return Response.json({ error: (err as Error).message }, { status: 502 });
  }
};
