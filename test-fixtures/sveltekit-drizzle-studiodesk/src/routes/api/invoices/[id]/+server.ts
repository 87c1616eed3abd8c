import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { invoices } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const InvoicePatch = z.object({
  totalCents: z.number().int().nonnegative().optional(),
  status: z.enum(['draft', 'sent', 'paid', 'void']).optional(),
});

// ok: missing-auth
export const GET: RequestHandler = async ({ locals, params }) => {
  if (!locals.user) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, params.id));
  if (!invoice) error(404, 'Not found');
  return json(invoice);
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async ({ locals, params, request }) => {
  if (!locals.user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, params.id) });
  if (!invoice) error(404, 'Not found');
  await requireMember(locals, invoice.workspaceId);
  const patch = InvoicePatch.parse(await request.json());
  // ok: unscoped-tenant-query
  const [updated] = await db.update(invoices).set(patch).where(eq(invoices.id, invoice.id)).returning();
  return json(updated);
};
