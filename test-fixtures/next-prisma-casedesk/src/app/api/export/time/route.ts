import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
// expect: missing-rate-limit
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return new Response('unauthorized', { status: 401 });
  const month = new URL(req.url).searchParams.get('month') ?? new Date().toISOString().slice(0, 7);
  // ok: unscoped-tenant-query
  const entries = await prisma.timeEntry.findMany({
    where: { firmId: session.user.firmId, date: { gte: new Date(`${month}-01`) } },
    include: { user: { select: { name: true } }, matter: { select: { title: true } } },
  });
  const csv = ['date,lawyer,matter,minutes,description', ...entries.map((e) => [e.date.toISOString().slice(0, 10), e.user.name, e.matter.title, e.minutes, JSON.stringify(e.description)].join(','))].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="time-${month}.csv"` } });
}
