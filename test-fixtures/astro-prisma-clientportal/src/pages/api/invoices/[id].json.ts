import type { APIRoute } from 'astro';
import { prisma } from '../../../lib/db';

export const GET: APIRoute = async ({ params, locals }) => {
  const user = locals.user;
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: params.id, orgId: user?.orgId } });
  if (!invoice) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(invoice), { headers: { 'Content-Type': 'application/json' } });
};
