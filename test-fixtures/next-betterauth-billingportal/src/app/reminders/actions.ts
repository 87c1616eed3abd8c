'use server';

import { eq } from 'drizzle-orm';
import { Resend } from 'resend';
import { db, invoices } from '@/db';

const resend = new Resend(process.env.RESEND_API_KEY);

// "Remind customer" button on the invoice page.
// expect: missing-auth
export async function sendPaymentReminder(invoiceId: string) {
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, invoiceId), with: { customer: true } });
  if (!invoice) return { error: 'Not found' };
  await resend.emails.send({
    from: 'billing@ledgerly.example',
    to: invoice.customer.email,
    subject: `Reminder: invoice ${invoice.number}`,
    text: `Invoice ${invoice.number} is due.`,
  });
  await db.update(invoices).set({ emailStatus: 'reminded' }).where(eq(invoices.id, invoice.id));
  return { ok: true };
}
