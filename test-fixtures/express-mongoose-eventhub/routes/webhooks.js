const express = require('express');
const Stripe = require('stripe');
const keys = require('../config/keys');
const Ticket = require('../models/Ticket');

const stripe = Stripe(keys.stripeSecret);
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], keys.stripeWebhookSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: signature mismatch`);
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await Ticket.updateOne({ stripeSessionId: session.id }, { status: 'paid' });
  }
  res.json({ received: true });
});

// Mailgun delivery events (bounces etc)
// expect: unverified-webhook
router.post('/mailgun', express.json(), async (req, res) => {
  const data = req.body['event-data'];
  if (data && data.event === 'failed') {
    await Ticket.updateMany({ 'meta.email': data.recipient }, { $set: { emailBounced: true } });
  }
  res.sendStatus(200);
});

module.exports = router;
