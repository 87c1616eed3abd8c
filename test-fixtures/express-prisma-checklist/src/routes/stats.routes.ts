import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';

// Numbers for the marketing site's "trusted by agencies" banner: no sign-in.
const router = Router();

const currencyQuery = z.object({ currency: z.string().length(3).toLowerCase().default('usd') });

// A total over every agency's invoices, narrowed by currency only: numbers, no invoice.
// ok: missing-auth
router.get('/invoiced-volume', async (req, res) => {
  const { currency } = currencyQuery.parse(req.query);
  const { _sum, _count } = await prisma.invoice.aggregate({
    _sum: { amountCents: true },
    _count: true,
    where: { currency, status: 'PAID' },
  });
  res.set('Cache-Control', 'public, max-age=3600');
  res.json({ currency, invoices: _count, totalCents: _sum.amountCents ?? 0 });
});

// ok: missing-auth
router.get('/agencies', async (_req, res) => {
  const agencies = await prisma.agency.count();
  res.json({ agencies });
});

// One agency's revenue, picked by the caller: that agency's business, open to anyone.
// expect: missing-auth
router.get('/agencies/:agencyId/revenue', async (req, res) => {
  const { _sum } = await prisma.invoice.aggregate({
    _sum: { amountCents: true },
    where: { agencyId: req.params.agencyId, status: 'PAID' },
  });
  res.json({ totalCents: _sum.amountCents ?? 0 });
});

export default router;
