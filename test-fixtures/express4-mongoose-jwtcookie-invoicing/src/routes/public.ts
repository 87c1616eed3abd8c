import { Router } from 'express';
import { Invoice } from '../models/Invoice';

export const publicRouter = Router();

// ok: missing-auth
publicRouter.get('/health', (_req, res) => res.json({ ok: true }));

// ok: missing-auth
publicRouter.get('/invoices/shared/:shareToken', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findOne({ shareToken: req.params.shareToken, status: { $in: ['sent', 'paid'] } }).select('number lines totalCents currency dueDate status');
  if (!invoice) return res.status(404).json({ error: 'not found' });
  res.json(invoice);
});
