import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../lib/auth';
import { prisma } from '../../../../lib/prisma';

// GET /api/agencies/:agencyId/clients: the agency's clients with their open invoice totals.
// Staff can belong to one agency only, but the agency comes from the URL (the dashboard links to it),
// so the handler checks the caller is one of the agency's users before reading anything.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'GET') return res.status(405).end();

  const { agencyId } = req.query as { agencyId: string };

  // ok: unscoped-tenant-query
  const agency = await prisma.agency.findUnique({
    where: { id: agencyId },
    select: { id: true, name: true, users: { select: { id: true } } },
  });
  const isMember = agency?.users.some((u) => u.id === session.user.id);
  if (!isMember) return res.status(403).json({ error: 'Not a member of this agency' });

  // ok: unscoped-tenant-query
  const clients = await prisma.client.findMany({ where: { agencyId }, orderBy: { name: 'asc' } });
  const clientIds = clients.map((c) => c.id);
  // ids of rows the scoped query returned: no client input reaches this filter
  // ok: unscoped-tenant-query
  const open = await prisma.invoice.groupBy({
    by: ['clientId'],
    where: { clientId: { in: clientIds }, status: { in: ['SENT', 'DRAFT'] } },
    _sum: { amountCents: true },
  });
  return res.status(200).json({ agency: agency!.name, clients, open });
}
