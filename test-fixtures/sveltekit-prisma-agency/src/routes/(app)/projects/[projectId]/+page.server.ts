import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
  // scoped through the client relation
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({
    where: { id: params.projectId, client: { agencyId: locals.user!.agencyId } },
    include: { client: true, timeEntries: { orderBy: { day: 'desc' }, take: 50 } },
  });
  if (!project) error(404, 'Project not found');
  return { project };
};
