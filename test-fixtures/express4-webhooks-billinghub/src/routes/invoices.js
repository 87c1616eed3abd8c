const express = require('express');
const { z } = require('zod');
const { prisma } = require('../lib/clients');

const router = express.Router();

const NewInvoice = z.object({ number: z.string().min(1), amountCents: z.number().int().positive() });

// ok: missing-auth, unscoped-tenant-query
router.get('/invoices', async (req, res) => {
  const invoices = await prisma.invoice.findMany({ where: { accountId: req.user.accountId }, orderBy: { createdAt: 'desc' } });
  res.json(invoices);
});

router.get('/invoices/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id } });
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
});

router.get('/subscriptions/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const sub = await prisma.subscription.findFirst({ where: { id: req.params.id, accountId: req.user.accountId } });
  if (!sub) return res.sendStatus(404);
  res.json(sub);
});

// ok: missing-input-validation
router.post('/invoices', async (req, res) => {
  const data = NewInvoice.parse(req.body);
  const invoice = await prisma.invoice.create({ data: { ...data, accountId: req.user.accountId } });
  res.status(201).json(invoice);
});

// expect: missing-input-validation
router.patch('/invoices/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.update({ where: { id: req.params.id }, data: req.body });
  res.json(invoice);
});

module.exports = router;
