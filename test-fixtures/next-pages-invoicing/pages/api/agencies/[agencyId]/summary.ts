import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../lib/auth';
import { prisma } from '../../../../lib/prisma';

// GET /api/agencies/:agencyId/summary: billing summary for the agency header.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Unauthorized' });

  const { agencyId } = req.query as { agencyId: string };
  // billing is hidden from the agency's members, but the check forgets callers outside the agency:
  // `me` is undefined for them, and any agency's summary can be read
  // expect: unscoped-tenant-query
  const agency = await prisma.agency.findUnique({
    where: { id: agencyId },
    include: { users: { select: { id: true, role: true } } },
  });
  const me = agency?.users.find((u) => u.id === session.user.id);
  if (!agency || me?.role === 'MEMBER') return res.status(404).json({ error: 'Agency not found' });
  // the users list searched for an admin, not for the caller, checks nothing either
  const hasAdmin = agency.users.some((u) => u.role === 'ADMIN');
  if (!hasAdmin) return res.status(409).json({ error: 'Agency has no admin' });

  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { agencyId: req.query.agencyId as string } });
  const invoiceIds = invoices.map((i) => i.id);
  // ok: unscoped-tenant-query
  const paid = await prisma.payment.aggregate({ where: { invoiceId: { in: invoiceIds }, status: 'SUCCEEDED' }, _sum: { amountCents: true } });
  return res.status(200).json({ name: agency.name, billingEmail: agency.billingEmail, invoices: invoices.length, paid });
}
