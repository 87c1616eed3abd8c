import { error, redirect } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  const session = await locals.auth();
  if (!session?.user) redirect(303, '/signin');
  const clinicId = (session.user as { clinicId?: string }).clinicId;
  // ok: unscoped-tenant-query
  const owner = await prisma.owner.findUnique({ where: { id: params.id }, include: { pets: true } });
  if (!owner || owner.clinicId !== clinicId) error(404, 'Not found');
  return { owner };
};
