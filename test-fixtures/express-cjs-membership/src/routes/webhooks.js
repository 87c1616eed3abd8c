const express = require('express');
const crypto = require('crypto');
const Stripe = require('stripe');
const db = require('../db');
const config = require('../config');
const { logger } = require('../lib/logger');

const router = express.Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// ok: unverified-webhook
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripeWebhookSecret);
  } catch (err) {
    logger.warn('stripe signature rejected', { reason: err.message });
    return res.status(400).send('Bad signature');
  }
  if (event.type === 'invoice.paid') {
    await db.query('UPDATE memberships SET paid_until = to_timestamp($1) WHERE stripe_customer = $2', [
      event.data.object.period_end,
      event.data.object.customer,
    ]);
  }
  res.json({ received: true });
});

// Bounce and complaint notifications from the mail provider.
// expect: unverified-webhook
router.post('/mailer', express.json(), async (req, res) => {
  const expected = crypto.createHmac('sha256', config.mailerWebhookSecret).update(JSON.stringify(req.body)).digest('hex');
  if (req.get('x-mailer-signature') !== expected) return res.status(401).end();
  await db.query('UPDATE members SET email_bounced = true WHERE email = $1', [req.body.recipient]);
  res.sendStatus(204);
});

// Class bookings pushed by the calendar integration.
// ok: unverified-webhook
router.post('/calendar', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = Buffer.from(req.get('x-calendar-signature') || '', 'hex');
  const digest = crypto.createHmac('sha256', config.calendarWebhookSecret).update(req.body).digest();
  if (signature.length !== digest.length || !crypto.timingSafeEqual(signature, digest)) {
    return res.status(401).end();
  }
  const booking = JSON.parse(req.body.toString('utf8'));
  await db.query('INSERT INTO bookings (class_id, member_email) VALUES ($1, $2)', [booking.classId, booking.email]);
  res.sendStatus(204);
});

// Door access events from the turnstile vendor (signature check "to do").
// expect: unverified-webhook
router.post('/turnstile', express.json(), async (req, res) => {
  await db.query('INSERT INTO checkins (member_id, door, at) VALUES ($1, $2, now())', [req.body.memberId, req.body.door]);
  res.sendStatus(204);
});

module.exports = router;
