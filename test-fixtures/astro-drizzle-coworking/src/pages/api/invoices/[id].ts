import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { db, invoices } from '../../../db';

export const GET: APIRoute = async ({ params, locals }) => {
  const user = locals.user!;
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({
    where: and(eq(invoices.id, params.id!), eq(invoices.organizationId, user.organizationId)),
  });
  return invoice ? Response.json(invoice) : new Response(null, { status: 404 });
};

export const POST: APIRoute = async ({ params, locals }) => {
  const user = locals.user!;
  if (user.role !== 'admin' && user.role !== 'manager') return new Response(null, { status: 403 });
  // expect: unscoped-tenant-query
  await db.update(invoices).set({ status: 'void' }).where(eq(invoices.id, params.id!));
  return new Response(null, { status: 204 });
};
