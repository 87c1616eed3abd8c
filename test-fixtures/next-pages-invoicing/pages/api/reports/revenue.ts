import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';

// Revenue summary for the dashboard charts (the dashboard is behind middleware).
// expect: missing-auth
export default async function revenueReport(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }

  const { agencyId } = req.query;
  if (typeof agencyId !== 'string') {
    return res.status(400).json({ error: 'agencyId is required' });
  }

  const [paid, outstanding, overdue] = await Promise.all([
    prisma.invoice.aggregate({
      where: { agencyId, status: 'PAID' },
      _sum: { amountCents: true },
      _count: true,
    }),
    prisma.invoice.aggregate({
      where: { agencyId, status: 'SENT' },
      _sum: { amountCents: true },
      _count: true,
    }),
    prisma.invoice.aggregate({
      where: { agencyId, status: 'SENT', dueDate: { lt: new Date() } },
      _sum: { amountCents: true },
      _count: true,
    }),
  ]);

  return res.status(200).json({
    paid: { count: paid._count, totalCents: paid._sum.amountCents ?? 0 },
    outstanding: { count: outstanding._count, totalCents: outstanding._sum.amountCents ?? 0 },
    overdue: { count: overdue._count, totalCents: overdue._sum.amountCents ?? 0 },
  });
}
