import type { NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { requireSession, type AuthedRequest } from '@/lib/middleware';
import { Invoice } from '@/models/Invoice';
import { Student } from '@/models/Student';

const CreateInvoice = z.object({
  studentId: z.string().length(24),
  lines: z
    .array(z.object({ description: z.string().max(200), quantity: z.number().int().positive(), unitCents: z.number().int().nonnegative() }))
    .min(1),
  currency: z.enum(['usd', 'eur', 'gbp']).default('usd'),
});

const router = createRouter<AuthedRequest, NextApiResponse>();

router.use(requireSession);

// ok: missing-auth
router.get(async (req, res) => {
  await connectDb();
  const status = typeof req.query.status === 'string' ? req.query.status : undefined;
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find({ agencyId: req.user.agencyId, ...(status ? { status } : {}) })
    .sort({ issuedAt: -1 })
    .limit(100)
    .lean();
  res.json(invoices);
});

// ok: missing-auth, missing-input-validation
router.post(async (req, res) => {
  const input = CreateInvoice.parse(req.body);
  await connectDb();
  // ok: unscoped-tenant-query
  const student = await Student.findOne({ _id: input.studentId, agencyId: req.user.agencyId });
  if (!student) return res.status(404).json({ error: 'Unknown student' });
  const count = await Invoice.countDocuments({ agencyId: req.user.agencyId });
  const invoice = await Invoice.create({
    ...input,
    agencyId: req.user.agencyId,
    number: `INV-${String(count + 1).padStart(5, '0')}`,
    totalCents: input.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0),
    status: 'draft',
  });
  res.status(201).json(invoice);
});

export default router.handler({
  onError(err, req, res) {
    // expect: error-details-leak
    res.status(500).json({ error: (err as Error).message, stack: (err as Error).stack });
  },
});
