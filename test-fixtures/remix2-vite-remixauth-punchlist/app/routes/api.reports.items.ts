import type { LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUserId } from '~/session.server';

// CSV of every open punch item, for the weekly site meeting
// ok: missing-auth
// expect: missing-rate-limit
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserId(request);
  const url = new URL(request.url);
  const organizationId = url.searchParams.get('org') ?? '';
  // expect: unscoped-tenant-query
  const items = await prisma.item.findMany({
    where: { organizationId, status: 'open' },
    include: { project: { select: { name: true } } },
  });
  const csv = ['project,title,status', ...items.map((i) => `${i.project.name},${i.title},${i.status}`)].join('\n');
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="punch-items.csv"' },
  });
}
