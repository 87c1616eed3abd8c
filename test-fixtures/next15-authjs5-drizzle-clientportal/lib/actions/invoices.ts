'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { invoices, users } from '@/lib/db/schema';

const inviteSchema = z.object({ email: z.string().email(), role: z.enum(['member', 'viewer']) });

// ok: missing-auth
export async function markInvoicePaid(id: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');

  // ok: unscoped-tenant-query
  await db
    .update(invoices)
    .set({ status: 'paid' })
    .where(and(eq(invoices.id, id), eq(invoices.orgId, session.user.orgId)));
  revalidatePath('/dashboard/invoices');
}

export async function voidInvoice(id: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');

  // expect: unscoped-tenant-query
  await db.update(invoices).set({ status: 'void' }).where(eq(invoices.id, id));
  revalidatePath('/dashboard/invoices');
}

// expect: missing-auth, missing-input-validation
export async function updateBillingEmail(formData: FormData) {
  const invoiceId = formData.get('invoiceId') as string;
  const billingEmail = formData.get('billingEmail') as string;
  await db.update(invoices).set({ billingEmail }).where(eq(invoices.id, invoiceId));
  revalidatePath('/dashboard/invoices');
}

// expect: missing-rate-limit
export async function inviteMember(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');

  const input = inviteSchema.parse({ email: formData.get('email'), role: formData.get('role') });
  await db.insert(users).values({ email: input.email, role: input.role, orgId: session.user.orgId });
  revalidatePath('/dashboard/team');
}
