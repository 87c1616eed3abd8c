'use strict';
const express = require('express');
const Stripe = require('stripe');
const invoiceService = require('../services/InvoiceService');

const router = express.Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// ok: unverified-webhook
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'invoice.paid') await invoiceService.markPaid(event.data.object.metadata.invoiceId);
  return res.json({ received: true });
});

// the district's payment portal posts here; nobody checks where it came from
// expect: unverified-webhook
router.post('/district-payments', express.json(), async (req, res) => {
  const { invoiceId, status } = req.body;
  if (status === 'settled') await invoiceService.markPaid(invoiceId);
  res.json({ ok: true });
});

module.exports = router;
