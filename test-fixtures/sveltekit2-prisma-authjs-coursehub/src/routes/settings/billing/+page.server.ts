import { prisma } from '$lib/server/prisma';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  // ok: unscoped-tenant-query
  const paid = await prisma.enrollment.findMany({
    where: { userId: user.id!, course: { priceCents: { gt: 0 } } },
    include: { course: { select: { title: true, priceCents: true } } },
  });
  return { paid };
};
