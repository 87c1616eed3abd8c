import { Router } from 'express';
import { prisma } from '../lib/prisma';

const router = Router();

// The loader only fetches; each handler compares the quote's organization with the caller's.
router.param('quoteId', async (req, _res, next, quoteId) => {
  // ok: unscoped-tenant-query
  req.quote = (await prisma.quote.findUnique({ where: { id: quoteId } })) ?? undefined;
  next();
});

router.get('/:quoteId', (req, res) => {
  if (!req.quote || req.quote.orgId !== req.user.orgId) return res.status(404).json({ error: 'quote not found' });
  res.json(req.quote);
});

router.post('/:quoteId/accept', async (req, res) => {
  if (req.quote?.orgId !== req.user.orgId) {
    return res.status(404).json({ error: 'quote not found' });
  }
  const invoice = await prisma.invoice.create({
    data: { number: `Q-${req.quote!.id}`, totalCents: req.quote!.totalCents, orgId: req.user.orgId },
  });
  res.status(201).json(invoice);
});

export default router;
