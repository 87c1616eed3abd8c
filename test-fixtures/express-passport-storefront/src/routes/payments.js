const express = require('express');
const Stripe = require('stripe');
const Order = require('../models/Order');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

// Stripe's events about payments; the sender is Stripe, not a signed-in user.
// expect: unverified-webhook
router.post('/api/webhooks/stripe', express.json(), async (req, res) => {
  const event = req.body;
  if (event.type === 'payment_intent.succeeded') {
    await Order.updateOne({ _id: event.data.object.metadata.orderId }, { status: 'paid' });
  }
  res.json({ received: true });
});

// the same provider, checked properly
// ok: unverified-webhook, missing-auth
router.post('/api/webhooks/stripe-connect', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_CONNECT_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'payment_intent.succeeded') {
    await Order.updateOne({ _id: event.data.object.metadata.orderId }, { status: 'paid' });
  }
  res.json({ received: true });
});

module.exports = router;
