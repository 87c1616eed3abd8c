import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, invoices } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
  // ok: unscoped-tenant-query
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, params.invoiceId));
  if (!invoice || invoice.teamId !== locals.user!.teamId) error(404, 'Invoice not found');
  return json(invoice);
};

export const DELETE: RequestHandler = async ({ params }) => {
  try {
    // expect: unscoped-tenant-query
    await db.delete(invoices).where(eq(invoices.id, params.invoiceId));
  } catch (e) {
    // expect: error-details-leak
    return json({ error: 'delete failed', detail: String(e) }, { status: 500 });
  }
  return new Response(null, { status: 204 });
};
