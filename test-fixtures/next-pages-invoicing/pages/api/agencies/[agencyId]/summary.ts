import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../lib/auth';
import { prisma } from '../../../../lib/prisma';

// GET /api/agencies/:agencyId/summary: billing summary for the agency header.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });

  const { agencyId } = req.query as { agencyId: string };
  // the users list is searched, but for an admin, not for the caller: any agency's summary can be read
  // expect: unscoped-tenant-query
  const agency = await prisma.agency.findUnique({
    where: { id: agencyId },
    include: { users: { select: { id: true, role: true } } },
  });
  const hasAdmin = agency?.users.some((u) => u.role === 'ADMIN');
  if (!agency || !hasAdmin) return res.status(404).json({ error: 'Agency not found' });

  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { agencyId: req.query.agencyId as string } });
  const invoiceIds = invoices.map((i) => i.id);
  // ok: unscoped-tenant-query
  const paid = await prisma.payment.aggregate({ where: { invoiceId: { in: invoiceIds }, status: 'SUCCEEDED' }, _sum: { amountCents: true } });
  return res.status(200).json({ name: agency.name, billingEmail: agency.billingEmail, invoices: invoices.length, paid });
}
