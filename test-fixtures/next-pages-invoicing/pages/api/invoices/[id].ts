import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { z } from 'zod';
import { authOptions } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

const updateInvoiceSchema = z
  .object({
    status: z.enum(['DRAFT', 'SENT', 'VOID']),
    amountCents: z.number().int().positive(),
    dueDate: z.coerce.date(),
  })
  .partial()
  .strict();

// ok: missing-auth
// ok: missing-input-validation
export default async function invoiceHandler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(401).json({ error: 'Unauthorized' });
  }

  const { id } = req.query;
  if (typeof id !== 'string') {
    return res.status(400).json({ error: 'Invalid invoice id' });
  }

  if (req.method === 'GET') {
    // expect: unscoped-tenant-query
    const invoice = await prisma.invoice.findUnique({ where: { id }, include: { client: true, payments: true } });
    if (!invoice) {
      return res.status(404).json({ error: 'Invoice not found' });
    }
    return res.status(200).json(invoice);
  }

  if (req.method === 'PATCH') {
    const parsed = updateInvoiceSchema.safeParse(req.body);
    if (!parsed.success) {
      return res.status(400).json({ error: parsed.error.flatten() });
    }

    // ok: unscoped-tenant-query
    const existing = await prisma.invoice.findUnique({ where: { id } });
    if (!existing || existing.agencyId !== session.user.agencyId) return res.status(404).end();

    // ok: unscoped-tenant-query
    const updated = await prisma.invoice.update({ where: { id: existing.id }, data: parsed.data });
    return res.status(200).json(updated);
  }

  if (req.method === 'DELETE') {
    // Only drafts can be deleted; sent invoices must be voided instead.
    // ok: unscoped-tenant-query
    const { count } = await prisma.invoice.deleteMany({ where: { id, agencyId: session.user.agencyId, status: 'DRAFT' } });
    if (count === 0) {
      return res.status(404).json({ error: 'Draft invoice not found' });
    }
    return res.status(204).end();
  }

  res.setHeader('Allow', 'GET, PATCH, DELETE');
  return res.status(405).end();
}
