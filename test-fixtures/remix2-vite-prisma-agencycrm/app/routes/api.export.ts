import type { LoaderFunctionArgs } from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// resource route: /api/export downloads the agency's clients as CSV
// expect: missing-rate-limit
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({ where: { agencyId: user.agencyId } });
  const rows = clients.map((c) => [c.id, c.name, c.email ?? '', c.status].join(','));
  const csv = ['id,name,email,status', ...rows].join('\n');
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="clients.csv"',
    },
  });
}
