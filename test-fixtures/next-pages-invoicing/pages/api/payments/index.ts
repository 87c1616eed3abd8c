import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/withAuth';

async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  const agencyId = session.user.agencyId;

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const payments = await prisma.payment.findMany({
      where: { agencyId },
      orderBy: { createdAt: 'desc' },
      include: { invoice: { select: { id: true, number: true } } },
    });
    return res.status(200).json(payments);
  }

  if (req.method === 'POST') {
    // Record a manual payment (bank transfer, cheque) against an invoice.
    // expect: unscoped-tenant-query
    const invoice = await prisma.invoice.findUnique({ where: { id: req.body.invoiceId } });
    if (!invoice) {
      return res.status(404).json({ error: 'Invoice not found' });
    }

    const payment = await prisma.payment.create({
      data: {
        invoiceId: invoice.id,
        agencyId,
        amountCents: req.body.amountCents,
        method: req.body.method ?? 'bank_transfer',
        status: 'SUCCEEDED',
      },
    });
    return res.status(201).json(payment);
  }

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}

// ok: missing-auth
// expect: missing-input-validation
export default withAuth(handler);
