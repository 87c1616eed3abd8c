import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// Used by the "Export clients" button on /dashboard/clients.
// expect: missing-auth
// expect: missing-rate-limit
export default async function exportClients(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const agencyId = req.query.agencyId as string;

  const clients = await prisma.client.findMany({
    where: { agencyId },
    orderBy: { name: 'asc' },
    include: { _count: { select: { invoices: true } } },
  });

  const rows = [
    ['id', 'name', 'email', 'invoices'].join(','),
    ...clients.map((c) =>
      [c.id, c.name, c.email, c._count.invoices].map(csvCell).join(','),
    ),
  ];

  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="clients.csv"');
  return res.status(200).send(rows.join('\n'));
}
