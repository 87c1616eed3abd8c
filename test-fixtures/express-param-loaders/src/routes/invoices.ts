import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';

const router = Router();

// Every route below with :invoiceId gets the invoice preloaded on req.invoice.
router.param('invoiceId', async (req, res, next, id) => {
  try {
    // expect: unscoped-tenant-query
    req.invoice = await prisma.invoice.findUnique({ where: { id } }) ?? undefined;
    if (!req.invoice) return res.status(404).json({ error: 'invoice not found' });
    next();
  } catch (err) {
    next(err);
  }
});

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { orgId: req.user.orgId }, orderBy: { number: 'desc' } });
  res.json(invoices);
});

router.get('/:invoiceId', (req, res) => {
  res.json(req.invoice);
});

const memoSchema = z.object({ memo: z.string().max(500) });

router.patch('/:invoiceId', async (req, res) => {
  const { memo } = memoSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const updated = await prisma.invoice.update({ where: { id: req.invoice!.id }, data: { memo } });
  res.json(updated);
});

router.get('/:invoiceId/lines', async (req, res) => {
  // ok: unscoped-tenant-query
  const lines = await prisma.invoiceLine.findMany({ where: { invoiceId: req.invoice!.id } });
  res.json(lines);
});

export default router;
