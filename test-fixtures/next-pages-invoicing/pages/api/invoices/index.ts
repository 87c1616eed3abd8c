import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/withAuth';

const createInvoiceSchema = z.object({
  clientId: z.string().cuid(),
  number: z.string().trim().min(1).max(32),
  amountCents: z.number().int().positive(),
  currency: z.string().length(3).toUpperCase().default('USD'),
  dueDate: z.coerce.date(),
});

async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  const agencyId = session.user.agencyId;

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const invoices = await prisma.invoice.findMany({
      where: { agencyId },
      orderBy: { createdAt: 'desc' },
      include: { client: { select: { id: true, name: true } } },
    });
    return res.status(200).json(invoices);
  }

  if (req.method === 'POST') {
    const parsed = createInvoiceSchema.safeParse(req.body);
    if (!parsed.success) {
      return res.status(400).json({ error: parsed.error.flatten() });
    }

    // The client must belong to the caller's agency.
    // ok: unscoped-tenant-query
    const client = await prisma.client.findFirst({ where: { id: parsed.data.clientId, agencyId } });
    if (!client) {
      return res.status(404).json({ error: 'Client not found' });
    }

    const invoice = await prisma.invoice.create({
      data: { ...parsed.data, agencyId },
    });

    // ok: token-logging
    console.log('Invoice created', { invoiceId: invoice.id, agencyId });

    return res.status(201).json(invoice);
  }

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}

// ok: missing-auth
// ok: missing-input-validation
export default withAuth(handler);
