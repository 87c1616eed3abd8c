'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { stripe } from '@/lib/stripe';
import { getSession } from '@/lib/session';

export async function sendReminder(invoiceId: string) {
  const session = await getSession();
  if (!session) return { error: 'Please sign in again' };
  try {
    const invoice = await db.invoice.findFirstOrThrow({ where: { id: invoiceId, merchantId: session.merchantId } });
    await stripe.invoices.sendInvoice(invoice.number);
    revalidatePath('/dashboard/invoices');
    return { ok: true };
  } catch (err) {
    // expect: error-details-leak
    return { error: (err as Error).message };
  }
}

export async function voidInvoice(invoiceId: string) {
  const session = await getSession();
  if (!session) return { error: 'Please sign in again' };
  try {
    await db.invoice.updateMany({ where: { id: invoiceId, merchantId: session.merchantId, status: 'open' }, data: { status: 'void' } });
    revalidatePath('/dashboard/invoices');
    return { ok: true };
  } catch (err) {
    console.error('void failed', err);
    // ok: error-details-leak
    return { error: 'Could not void this invoice' };
  }
}
