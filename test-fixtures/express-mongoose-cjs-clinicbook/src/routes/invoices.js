'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');

const stripe = require('../lib/stripe');
const logger = require('../lib/logger');
const { Invoice, Clinic } = require('../models');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

router.get('/', async (req, res) => {
  const filter = { clinicId: req.user.clinicId };
  if (req.query.status) filter.status = String(req.query.status);
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find(filter).sort({ createdAt: -1 }).limit(200);
  res.json(invoices);
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findOne({ _id: req.params.id, clinicId: req.user.clinicId }).populate('patientId', 'firstName lastName');
  if (!invoice) return res.sendStatus(404);
  return res.json(invoice);
});

// ok: missing-input-validation
router.post('/:id/charge', requireRole('owner', 'manager', 'receptionist'), async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await Invoice.findById(req.params.id);
  if (!invoice || invoice.status !== 'open') return res.status(409).json({ error: 'Invoice is not open' });
  const clinic = await Clinic.findById(req.user.clinicId);
  try {
    const intent = await stripe.paymentIntents.create({
      amount: invoice.totalCents,
      currency: invoice.currency,
      customer: clinic.stripeCustomerId,
      metadata: { invoiceId: String(invoice._id) },
    });
    invoice.stripePaymentIntentId = intent.id;
    await invoice.save();
    return res.json({ clientSecret: intent.client_secret });
  } catch (err) {
    logger.error({ err, invoiceId: invoice.id }, 'charge failed');
    // expect: error-details-leak
    return res.status(502).json({ error: 'Payment provider error', detail: err.message });
  }
});

// ok: missing-input-validation, missing-role-check
router.patch(
  '/:id',
  requireRole('owner', 'manager'),
  celebrate({
    [Segments.BODY]: Joi.object({
      lines: Joi.array().items(Joi.object({ description: Joi.string().max(200), amountCents: Joi.number().integer().min(0) })),
      dueDate: Joi.date().iso(),
      status: Joi.string().valid('draft', 'open', 'void'),
    }),
  }),
  async (req, res) => {
    // expect: unscoped-tenant-query
    const invoice = await Invoice.findOneAndUpdate({ _id: req.params.id }, { $set: req.body }, { new: true });
    res.json(invoice);
  },
);

module.exports = router;
