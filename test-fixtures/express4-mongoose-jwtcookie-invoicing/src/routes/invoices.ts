import { Router } from 'express';
import { z } from 'zod';
import { orgFilter } from '../lib/scope';
import { logger } from '../lib/logger';
import { requireAuth, requireRole } from '../middleware/auth';
import { Customer } from '../models/Customer';
import { Invoice } from '../models/Invoice';

export const invoicesRouter = Router();
invoicesRouter.use(requireAuth);

const Line = z.object({ description: z.string().max(300), quantity: z.number().positive(), unitCents: z.number().int() });
const InvoiceInput = z.object({
  customerId: z.string().length(24),
  number: z.string().max(40),
  currency: z.enum(['EUR', 'USD', 'GBP']),
  lines: z.array(Line).max(200),
  dueDate: z.coerce.date(),
  notes: z.string().max(2000).optional(),
});

// ok: missing-auth
invoicesRouter.get('/', async (req, res) => {
  const filter = orgFilter(req, req.query.status ? { status: String(req.query.status) } : {});
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find(filter).sort({ createdAt: -1 }).limit(100);
  res.json(invoices);
});

// expect: missing-rate-limit
invoicesRouter.get('/export.csv', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Invoice.find({ orgId: req.user!.orgId }).lean();
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="invoices.csv"');
  res.send(['number,status,total', ...rows.map((r) => `${r.number},${r.status},${r.totalCents}`)].join('\n'));
});

// ok: missing-auth
invoicesRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await Invoice.findById(req.params.id).populate('customerId');
  if (!invoice) return res.status(404).json({ error: 'not found' });
  res.json(invoice);
});

// ok: missing-auth, missing-input-validation
invoicesRouter.post('/', requireRole('owner', 'admin', 'accountant'), async (req, res) => {
  const input = InvoiceInput.parse(req.body);
  // ok: unscoped-tenant-query
  const customer = await Customer.findOne({ _id: input.customerId, orgId: req.user!.orgId });
  if (!customer) return res.status(422).json({ error: 'unknown customer' });
  const totalCents = input.lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);
  const invoice = await Invoice.create({ ...input, orgId: req.user!.orgId, totalCents });
  res.status(201).json(invoice);
});

// expect: missing-input-validation
invoicesRouter.patch('/:id', requireRole('owner', 'admin', 'accountant'), async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findOneAndUpdate(orgFilter(req, { _id: req.params.id }), { $set: req.body }, { new: true });
  if (!invoice) return res.status(404).json({ error: 'not found' });
  res.json(invoice);
});

// ok: missing-auth
invoicesRouter.post('/:id/void', requireRole('owner', 'admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findById(req.params.id);
  if (!invoice || String(invoice.orgId) !== req.user!.orgId) return res.status(404).json({ error: 'not found' });
  invoice.status = 'void';
  await invoice.save();
  res.json(invoice);
});

// ok: missing-auth
invoicesRouter.delete('/:id', requireRole('owner'), async (req, res) => {
  // expect: unscoped-tenant-query
  await Invoice.deleteOne({ _id: req.params.id, status: 'draft' });
  res.status(204).end();
});

// ok: missing-auth
invoicesRouter.post('/:id/send', requireRole('owner', 'admin', 'accountant'), async (req, res) => {
  try {
    // ok: unscoped-tenant-query
    const invoice = await Invoice.findOne(orgFilter(req, { _id: req.params.id }));
    if (!invoice) return res.status(404).json({ error: 'not found' });
    invoice.status = 'sent';
    await invoice.save();
    res.json({ ok: true });
  } catch (err: any) {
    logger.error({ err }, 'send failed');
    // expect: error-details-leak
    res.status(500).json({ error: 'send_failed', detail: err.message });
  }
});
