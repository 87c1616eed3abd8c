import { Router } from 'express';
import { Types } from 'mongoose';
import { Invoice } from '../models/Invoice';

export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/revenue', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Invoice.aggregate([
    { $match: { orgId: new Types.ObjectId(String(req.query.orgId)), status: 'paid' } },
    { $group: { _id: '$currency', total: { $sum: '$totalCents' } } },
  ]);
  res.json(rows);
});

// expect: missing-auth
reportsRouter.get('/overdue', async (_req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Invoice.find({ status: 'sent', dueDate: { $lt: new Date() } }).limit(100);
  res.json(rows);
});
