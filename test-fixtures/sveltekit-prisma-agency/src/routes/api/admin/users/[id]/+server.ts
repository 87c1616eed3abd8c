import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// called from the /admin/users page, but the hook's /admin check does not cover /api/admin
// expect: missing-role-check
export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (params.id === locals.user!.id) error(400, 'You cannot remove yourself');
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: params.id, agencyId: locals.user!.agencyId } });
  return new Response(null, { status: 204 });
};
