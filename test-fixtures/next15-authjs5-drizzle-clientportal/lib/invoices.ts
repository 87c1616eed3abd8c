import { and, eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

/** Loads an invoice only when it belongs to the caller's organization. */
export async function getInvoiceForOrg(id: string, orgId: string) {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, id), eq(invoices.orgId, orgId)))
    .limit(1);
  return row ?? null;
}
