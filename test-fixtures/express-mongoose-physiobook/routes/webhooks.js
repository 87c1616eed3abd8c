const express = require('express');
const Stripe = require('stripe');
const { Invoice, Appointment } = require('../models');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const router = express.Router();

// ok: unverified-webhook, missing-auth
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('Webhook signature verification failed');
  }
  if (event.type === 'payment_intent.succeeded') {
    await Invoice.updateOne({ stripePaymentIntent: event.data.object.id }, { status: 'paid' });
  }
  res.json({ received: true });
});

// patients reply YES/NO to the SMS reminder; the SMS gateway posts the reply here
// expect: unverified-webhook
router.post('/sms-replies', express.urlencoded({ extended: false }), async (req, res) => {
  const answer = String(req.body.Body || '').trim().toUpperCase();
  const apptId = req.body.ReferenceId;
  if (answer === 'YES') await Appointment.updateOne({ _id: apptId }, { status: 'confirmed' });
  if (answer === 'NO') await Appointment.updateOne({ _id: apptId }, { status: 'cancelled' });
  res.type('text/xml').send('<Response></Response>');
});

module.exports = router;
