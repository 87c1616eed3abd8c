import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

// ok: missing-auth
export async function GET({ params, locals }) {
  // ok: unscoped-tenant-query
  const contact = await prisma.contact.findFirst({ where: { id: params.id, companyId: locals.member.companyId } });
  if (!contact) error(404, 'Not found');
  return json(contact);
}

// ok: missing-auth
export async function DELETE({ params }) {
  // expect: unscoped-tenant-query
  await prisma.contact.delete({ where: { id: params.id } });
  return new Response(null, { status: 204 });
}
