import { Router } from 'express';
import { z } from 'zod';
import { orgFilter } from '../lib/scope';
import { attachmentUpload } from '../middleware/upload';
import { requireRole } from '../middleware/auth';
import { Customer } from '../models/Customer';
import { Invoice } from '../models/Invoice';

export const customersRouter = Router();

const CustomerInput = z.object({
  name: z.string().min(1).max(200),
  email: z.string().email().optional(),
  taxId: z.string().max(40).optional(),
});

// ok: missing-auth
customersRouter.get('/', async (req, res) => {
  const q = typeof req.query.q === 'string' ? req.query.q : '';
  // ok: unscoped-tenant-query
  const customers = await Customer.find({ orgId: req.user!.orgId, name: { $regex: q, $options: 'i' } }).limit(50);
  res.json(customers);
});

// ok: missing-auth
customersRouter.get('/:id/invoices', async (req, res) => {
  // ok: unscoped-tenant-query
  const customer = await Customer.findOne(orgFilter(req, { _id: req.params.id }));
  if (!customer) return res.status(404).json({ error: 'not found' });
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find({ customerId: customer._id });
  res.json(invoices);
});

// ok: missing-auth, missing-input-validation
customersRouter.post('/', async (req, res) => {
  const data = CustomerInput.parse(req.body);
  const customer = await Customer.create({ ...data, orgId: req.user!.orgId });
  res.status(201).json(customer);
});

// expect: missing-input-validation
customersRouter.put('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const customer = await Customer.findOne({ _id: req.params.id, orgId: req.user!.orgId });
  if (!customer) return res.status(404).json({ error: 'not found' });
  customer.name = req.body.name;
  customer.email = req.body.email;
  await customer.save();
  res.json(customer);
});

// expect: missing-rate-limit
customersRouter.post('/:id/attachments', attachmentUpload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  // ok: unscoped-tenant-query
  const customer = await Customer.findOneAndUpdate(
    orgFilter(req, { _id: req.params.id }),
    { $push: { attachments: { key: req.file.filename, originalName: req.file.originalname, size: req.file.size } } },
    { new: true },
  );
  if (!customer) return res.status(404).json({ error: 'not found' });
  res.status(201).json(customer.attachments);
});

// ok: missing-auth, missing-role-check
customersRouter.delete('/:id', requireRole('owner', 'admin'), async (req, res) => {
  // expect: unscoped-tenant-query
  const deleted = await Customer.findByIdAndDelete(req.params.id);
  res.json({ deleted: Boolean(deleted) });
});
