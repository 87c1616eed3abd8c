import { createServerFn } from '@tanstack/react-start';
import { getRequestHeaders } from '@tanstack/react-start/server';
import { redirect } from '@tanstack/react-router';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, invoice } from '../db';
import { auth } from '../lib/auth';

async function requireOrgSession() {
  const session = await auth.api.getSession({ headers: getRequestHeaders() });
  if (!session?.session.activeOrganizationId) {
    throw redirect({ to: '/sign-in' });
  }
  return { userId: session.user.id, orgId: session.session.activeOrganizationId };
}

// the session is checked by a helper in the handler instead of a middleware
// ok: missing-auth
export const listInvoices = createServerFn({ method: 'GET' }).handler(async () => {
  const { orgId } = await requireOrgSession();
  // ok: unscoped-tenant-query
  return db.select().from(invoice).where(eq(invoice.organizationId, orgId));
});

// ok: missing-auth
export const getInvoice = createServerFn({ method: 'GET' })
  .inputValidator(z.object({ invoiceId: z.string() }))
  .handler(async ({ data }) => {
    await requireOrgSession();
    // expect: unscoped-tenant-query
    const [row] = await db.select().from(invoice).where(eq(invoice.id, data.invoiceId));
    return row ?? null;
  });

// ok: missing-auth, missing-input-validation
export const voidInvoice = createServerFn({ method: 'POST' })
  .inputValidator(z.object({ invoiceId: z.string() }))
  .handler(async ({ data }) => {
    const { orgId } = await requireOrgSession();
    // ok: unscoped-tenant-query
    await db.update(invoice).set({ status: 'void' }).where(and(eq(invoice.id, data.invoiceId), eq(invoice.organizationId, orgId)));
  });
