'use server';

import { prisma } from '@/lib/prisma';
import { stripe } from '@/lib/stripe';
import { auth } from '@/auth';

// the client portal's "view invoice" button calls this straight from an email link page
// expect: missing-auth
export async function getInvoice(invoiceId: string) {
  return prisma.invoice.findUnique({ where: { id: invoiceId } });
}

// ok: missing-auth
export async function sendInvoice(invoiceId: string) {
  const session = await auth();
  if (!session?.user) return { error: 'Not signed in' };
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: invoiceId, firmId: session.user.firmId } });
  if (!invoice?.stripeInvoiceId) return { error: 'Invoice not found' };
  try {
    await stripe.invoices.sendInvoice(invoice.stripeInvoiceId);
    await prisma.invoice.update({ where: { id: invoice.id }, data: { status: 'sent' } });
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
}

// ok: missing-auth
export async function invoiceTotals() {
  const session = await auth();
  if (!session?.user) return null;
  // ok: unscoped-tenant-query
  return prisma.invoice.groupBy({ by: ['status'], where: { firmId: session.user.firmId }, _sum: { amountCents: true } });
}
