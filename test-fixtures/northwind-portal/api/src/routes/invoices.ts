import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { logger } from '../lib/logger';

export const invoicesRouter = Router();

invoicesRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { organizationId: req.user!.organizationId }, orderBy: { createdAt: 'desc' } });
  res.json(invoices);
});

invoicesRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id } });
  if (!invoice) return res.sendStatus(404);
  // ok: token-logging
  logger.info({ invoiceId: invoice.id, userId: req.user!.id }, 'invoice viewed');
  res.json(invoice);
});

const updateInvoice = z.object({ status: z.enum(['draft', 'sent', 'paid']) });

// ok: missing-input-validation
invoicesRouter.patch('/:id', async (req, res) => {
  const { status } = updateInvoice.parse(req.body);
  const { organizationId } = req.user!;
  // ok: unscoped-tenant-query
  const result = await prisma.invoice.updateMany({ where: { id: req.params.id, organizationId }, data: { status } });
  res.json({ updated: result.count });
});
