import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { invoices } from '$lib/server/db/schema';
import { requireMember, requireUser } from '$lib/server/guards';
import { sendInvoiceEmail } from '$lib/server/mail';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  requireUser(locals);
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, params.invoiceId) });
  if (!invoice) error(404, 'Invoice not found');
  await requireMember(locals, invoice.workspaceId);
  return { invoice };
};

export const actions: Actions = {
  // ok: missing-auth
  markPaid: async ({ locals, params }) => {
    requireUser(locals);
    // expect: unscoped-tenant-query
    await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.id, params.invoiceId));
    return { paid: true };
  },

  // ok: missing-auth
  send: async ({ locals, params }) => {
    const { user } = await requireMember(locals, params.workspaceId);
    // ok: unscoped-tenant-query
    const invoice = await db.query.invoices.findFirst({
      where: (t, { and, eq }) => and(eq(t.id, params.invoiceId), eq(t.workspaceId, params.workspaceId)),
      with: { client: true },
    });
    if (!invoice) error(404, 'Invoice not found');
    await sendInvoiceEmail(invoice.client.email ?? user.email, `Invoice ${invoice.number}`, `<p>Total: ${invoice.totalCents / 100}</p>`);
    await db.update(invoices).set({ status: 'sent' }).where(eq(invoices.id, invoice.id));
    return { sent: true };
  },
};
