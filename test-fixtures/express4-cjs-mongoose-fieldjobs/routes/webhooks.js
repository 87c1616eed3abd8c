const express = require('express');
const Stripe = require('stripe');
const keys = require('../config/keys');
const { Company, Invoice } = require('../models');

const stripe = new Stripe(keys.stripeKey);
const router = express.Router();

// ok: unverified-webhook, missing-auth
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], keys.stripeWebhookSecret);
  } catch (err) {
    // ok: error-details-leak
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    // ok: unscoped-tenant-query
    await Company.updateOne({ stripeCustomerId: sub.customer }, { plan: sub.items.data[0].price.lookup_key });
  }
  res.json({ received: true });
});

// the accounting sync posts invoice status changes here
// expect: unverified-webhook
router.post('/quickbooks', express.json(), async (req, res) => {
  const { eventNotifications } = req.body;
  for (const n of eventNotifications || []) {
    for (const entity of n.dataChangeEvent.entities) {
      if (entity.name === 'Invoice') {
        // ok: unscoped-tenant-query
        await Invoice.updateOne({ externalRef: entity.id }, { status: entity.operation === 'Delete' ? 'void' : 'synced' });
      }
    }
  }
  res.sendStatus(200);
});

module.exports = router;
