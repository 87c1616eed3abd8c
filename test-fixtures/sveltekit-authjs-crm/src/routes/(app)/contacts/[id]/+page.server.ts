import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

// ok: missing-auth
export async function load({ params }) {
  // expect: unscoped-tenant-query
  const contact = await prisma.contact.findUnique({ where: { id: params.id } });
  if (!contact) error(404, 'Not found');
  return { contact };
}
