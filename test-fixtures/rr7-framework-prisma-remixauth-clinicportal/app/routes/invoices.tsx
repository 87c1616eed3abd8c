import { Link, useLoaderData } from 'react-router';
import type { Route } from './+types/invoices';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  await requireUser(request);
  const unpaidOnly = new URL(request.url).searchParams.get('unpaid') === '1';
  // The outstanding-invoices list forgot the clinic filter: every clinic's invoices show up.
  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({
    where: unpaidOnly ? { paidAt: null } : {},
    include: { patient: { select: { firstName: true, lastName: true } } },
    orderBy: { issuedAt: 'desc' },
    take: 100,
  });
  return { invoices };
}

export default function Invoices() {
  const { invoices } = useLoaderData<typeof loader>();
  return (
    <ul>
      {invoices.map((i) => (
        <li key={i.id}>
          <Link to={i.id}>{i.patient.lastName}</Link> {(i.totalCents / 100).toFixed(2)}
        </li>
      ))}
    </ul>
  );
}
