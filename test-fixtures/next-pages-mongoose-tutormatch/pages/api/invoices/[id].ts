import type { NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { requireSession, type AuthedRequest } from '@/lib/middleware';
import { Invoice } from '@/models/Invoice';

const StatusChange = z.object({ status: z.enum(['open', 'paid', 'void']) });

const router = createRouter<AuthedRequest, NextApiResponse>();
router.use(requireSession);

// ok: missing-auth
router.get(async (req, res) => {
  await connectDb();
  // expect: unscoped-tenant-query
  const invoice = await Invoice.findById(req.query.id).populate('studentId', 'firstName lastName guardianEmail');
  if (!invoice) return res.status(404).json({ error: 'Not found' });
  res.json(invoice);
});

// ok: missing-auth, missing-input-validation
router.patch(async (req, res) => {
  const { status } = StatusChange.parse(req.body);
  await connectDb();
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findOneAndUpdate(
    { _id: req.query.id, agencyId: req.user.agencyId },
    { status, ...(status === 'paid' ? { paidAt: new Date() } : {}) },
    { new: true },
  );
  if (!invoice) return res.status(404).json({ error: 'Not found' });
  res.json(invoice);
});

export default router.handler({
  onError(err, req, res) {
    console.error('[invoices/:id]', err);
    // ok: error-details-leak
    res.status(500).json({ error: 'Internal server error' });
  },
});
