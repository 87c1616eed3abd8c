import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals, url }) => {
  const from = new Date(url.searchParams.get('from') ?? Date.now() - 30 * 86_400_000);
  const entries = await prisma.timeEntry.findMany({
    where: { day: { gte: from }, project: { agencyId: locals.user!.agencyId } },
    include: { project: { select: { name: true } }, user: { select: { name: true } } },
  });
  const csv = entries.map((e) => [e.day.toISOString().slice(0, 10), e.project.name, e.user.name, e.minutes].join(','));
  return new Response(['day,project,person,minutes', ...csv].join('\n'), {
    headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="time.csv"' },
  });
};
