'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db, customers } from '@/db';
import { requireOrg } from '@/lib/session';

// expect: missing-input-validation
export async function updateCustomerNotes(customerId: string, notes: string) {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  await db
    .update(customers)
    .set({ notes })
    .where(and(eq(customers.id, customerId), eq(customers.organizationId, orgId)));
  revalidatePath(`/customers/${customerId}`);
}

// (posted to /customers: middleware.ts redirects requests without a session cookie there)
// ok: missing-auth
export async function deleteCustomer(customerId: string) {
  // expect: unscoped-tenant-query
  await db.delete(customers).where(eq(customers.id, customerId));
  revalidatePath('/customers');
}
