'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { getSession } from '@/lib/session';

export type DisputeState = { ok: boolean; message?: string };

// Used with useActionState on /dashboard/invoices/[id].
// ok: missing-auth
// expect: missing-input-validation
export async function disputeInvoice(_prev: DisputeState, formData: FormData): Promise<DisputeState> {
  const session = await getSession();
  if (!session?.clientId) return { ok: false, message: 'Please sign in again.' };
  try {
    // ok: unscoped-tenant-query
    await db
      .update(invoices)
      .set({ status: 'disputed', disputeReason: String(formData.get('reason') ?? '') })
      .where(and(eq(invoices.id, Number(formData.get('invoiceId'))), eq(invoices.clientId, session.clientId)));
    revalidatePath('/dashboard/invoices');
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { ok: false, message: e instanceof Error ? e.message : 'Could not open a dispute' };
  }
}
