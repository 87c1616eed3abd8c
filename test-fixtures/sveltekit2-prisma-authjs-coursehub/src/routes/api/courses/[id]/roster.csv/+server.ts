import { prisma } from '$lib/server/prisma';
import { requireInstructor } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async (event) => {
  await requireInstructor(event);
  // expect: unscoped-tenant-query
  const rows = await prisma.enrollment.findMany({
    where: { courseId: event.params.id },
    include: { user: { select: { name: true, email: true } } },
  });
  const csv = ['name,email,progress', ...rows.map((r) => `${r.user.name ?? ''},${r.user.email},${r.progress}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="roster-${event.params.id}.csv"` },
  });
};
