import { prisma } from '$lib/server/prisma';
import type { PageServerLoad } from './$types';

// the settings layout already sends anonymous visitors to /signin
// expect: missing-auth
export const load: PageServerLoad = async ({ url }) => {
  const userId = url.searchParams.get('user') ?? '';
  const completed = await prisma.enrollment.findMany({
    where: { userId, progress: 100 },
    include: { course: { select: { title: true } } },
  });
  return { completed };
};
