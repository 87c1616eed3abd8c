import { eq } from 'drizzle-orm';
import { redirect } from 'react-router';
import { db, schema } from '~/db.server';
import type { Route } from './+types/void';

// the billing layout's middleware signs the caller in before this action runs
// ok: missing-auth
export async function action({ params }: Route.ActionArgs) {
  // expect: unscoped-tenant-query
  await db.update(schema.invoices).set({ status: 'void' }).where(eq(schema.invoices.id, params.invoiceId));
  return redirect('/billing');
}
