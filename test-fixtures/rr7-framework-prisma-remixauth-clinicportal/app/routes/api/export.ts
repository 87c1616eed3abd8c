import type { Route } from './+types/export';
import { prisma } from '~/lib/db.server';

function csvCell(value: unknown) {
  const s = value == null ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Resource route for the bookkeeper's spreadsheet: no session check at all,
// and the clinic comes from the query string.
// expect: missing-auth, missing-rate-limit
export async function loader({ request }: Route.LoaderArgs) {
  const clinicId = new URL(request.url).searchParams.get('clinic') ?? '';
  const invoices = await prisma.invoice.findMany({
    where: { clinicId },
    include: { patient: { select: { firstName: true, lastName: true, email: true } } },
    orderBy: { issuedAt: 'asc' },
  });
  const lines = [
    'invoice,patient,email,total,paid',
    ...invoices.map((i) =>
      [i.id, `${i.patient.firstName} ${i.patient.lastName}`, i.patient.email, i.totalCents / 100, i.paidAt?.toISOString()]
        .map(csvCell)
        .join(','),
    ),
  ];
  return new Response(lines.join('\n'), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="invoices.csv"',
    },
  });
}
