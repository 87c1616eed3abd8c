import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// relies on the (app) layout's redirect, which does not guard this load
// expect: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const task = await prisma.task.findUnique({ where: { id: params.id } });
  if (!task) error(404, 'Not found');
  return { task };
};
