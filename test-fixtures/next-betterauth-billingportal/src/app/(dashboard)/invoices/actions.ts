'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, invoices, customers } from '@/db';
import { requireOrg } from '@/lib/session';

const InvoiceForm = z.object({
  customerId: z.string().uuid(),
  number: z.string().min(1).max(32),
  amount: z.coerce.number().positive(),
});

// ok: missing-auth, missing-input-validation
export async function createInvoiceAction(formData: FormData) {
  const { orgId } = await requireOrg();
  const input = InvoiceForm.parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  const customer = await db.query.customers.findFirst({
    where: and(eq(customers.id, input.customerId), eq(customers.organizationId, orgId)),
  });
  if (!customer) throw new Error('Unknown customer');
  await db.insert(invoices).values({
    organizationId: orgId,
    customerId: customer.id,
    number: input.number,
    amountCents: Math.round(input.amount * 100),
  });
  revalidatePath('/invoices');
}

// ok: missing-auth
export async function markInvoicePaid(invoiceId: string) {
  await requireOrg();
  // expect: unscoped-tenant-query
  await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.id, invoiceId));
  revalidatePath('/invoices');
}

// ok: missing-auth
export async function voidInvoice(invoiceId: string) {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  await db
    .update(invoices)
    .set({ status: 'void' })
    .where(and(eq(invoices.id, invoiceId), eq(invoices.organizationId, orgId)));
  revalidatePath('/invoices');
}
