import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: event.params.id } });
  if (!invoice || invoice.clinicId !== user.clinicId) error(404, 'Not found');
  return json(invoice);
};
