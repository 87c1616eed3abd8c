'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { getSession } from '@/lib/auth';

// expect: missing-auth
// ok: missing-input-validation
export async function archiveInvoice(id: string) {
  await db.invoice.update({ where: { id }, data: { status: 'archived' } });
  revalidatePath('/invoices');
}

// ok: missing-auth
// ok: missing-input-validation
export async function markPaid(id: string) {
  const session = await getSession();
  if (!session?.user) throw new Error('Not signed in');
  // ok: unscoped-tenant-query
  await db.invoice.updateMany({ where: { id, organizationId: session.user.organizationId }, data: { status: 'paid' } });
  revalidatePath('/invoices');
}
