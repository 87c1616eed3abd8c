import { Router } from 'express';
import { Invoice } from '../models/Invoice.js';

export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/commissions', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoices = await Invoice.query().where('agencyId', Number(req.query.agencyId)).where('status', 'paid');
  res.json({ total: invoices.reduce((s, i) => s + i.amountCents, 0), count: invoices.length });
});
