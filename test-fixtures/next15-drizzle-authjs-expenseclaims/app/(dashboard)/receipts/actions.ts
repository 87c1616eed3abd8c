'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/auth';
import { db, receipts } from '@/lib/db';

// ok: missing-auth
export const detachReceipt = async (receiptId: string) => {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  // ok: unscoped-tenant-query
  await db.delete(receipts).where(and(eq(receipts.id, receiptId), eq(receipts.orgId, session.user.orgId)));
  revalidatePath('/claims');
};

// expect: missing-auth
export const relabelReceipt = async (receiptId: string) => {
  await db.update(receipts).set({ contentType: 'application/pdf' }).where(eq(receipts.id, receiptId));
  revalidatePath('/claims');
};
