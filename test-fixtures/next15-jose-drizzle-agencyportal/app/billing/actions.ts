'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { clients, invoices } from '@/db/schema';
import { getSession } from '@/lib/session';
import { invoicePaymentReturnUrl, stripe } from '@/lib/stripe';

// /billing is outside the middleware matcher.
// expect: missing-auth, missing-input-validation
export async function updateBillingContact(formData: FormData) {
  const clientId = Number(formData.get('clientId'));
  await db
    .update(clients)
    .set({
      billingEmail: String(formData.get('billingEmail')),
      billingAddress: String(formData.get('billingAddress') ?? ''),
    })
    .where(eq(clients.id, clientId));
  revalidatePath('/billing');
}

// ok: missing-auth
export async function startInvoicePayment(invoiceId: number) {
  const session = await getSession();
  if (!session?.clientId) throw new Error('Not signed in');
  // ok: unscoped-tenant-query
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.clientId, session.clientId)));
  if (!invoice || invoice.status === 'paid') return { error: 'This invoice cannot be paid' };

  try {
    const checkout = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price_data: { currency: 'eur', unit_amount: invoice.amountCents, product_data: { name: `Invoice ${invoice.number}` } },
          quantity: 1,
        },
      ],
      metadata: { invoiceId: String(invoice.id) },
      success_url: invoicePaymentReturnUrl(invoice.id),
      cancel_url: invoicePaymentReturnUrl(invoice.id).replace('paid=1', 'cancelled=1'),
    });
    return { url: checkout.url };
  } catch (err) {
    // expect: error-details-leak
    return { error: (err as Error).message };
  }
}
