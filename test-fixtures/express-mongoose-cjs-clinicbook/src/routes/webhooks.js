'use strict';

const express = require('express');
const stripe = require('../lib/stripe');
const config = require('../config');
const logger = require('../lib/logger');
const { Invoice, Appointment, Patient, LabResult } = require('../models');
const { verifyLabSignature } = require('../lib/labSignature');

const router = express.Router();

// ok: unverified-webhook, missing-auth, missing-input-validation
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), config.stripeWebhookSecret);
  } catch (err) {
    logger.warn({ reason: err.message }, 'stripe signature rejected');
    return res.status(400).send('Invalid signature');
  }

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object;
    // ok: unscoped-tenant-query
    await Invoice.updateOne({ stripePaymentIntentId: intent.id }, { status: 'paid' });
  }
  return res.json({ received: true });
});

// SMS delivery receipts from the reminder provider.
// expect: unverified-webhook
router.post('/sms-status', express.urlencoded({ extended: false }), async (req, res) => {
  const { MessageSid, MessageStatus } = req.body;
  // ok: unscoped-tenant-query
  await Appointment.updateOne({ reminderSid: MessageSid }, { reminderStatus: MessageStatus });
  res.sendStatus(204);
});

// ok: unverified-webhook, missing-auth, missing-input-validation
router.post('/lab-results', express.raw({ type: 'application/json', limit: '2mb' }), async (req, res) => {
  if (!verifyLabSignature(req)) return res.status(401).send('Bad signature');
  const delivery = JSON.parse(req.body.toString('utf8'));
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: delivery.patientRef });
  if (!patient) return res.status(202).send('Unknown patient');
  // ok: unscoped-tenant-query
  await LabResult.updateOne(
    { externalRef: delivery.id },
    { clinicId: patient.clinicId, patientId: patient._id, panel: delivery.panel, values: delivery.values, status: 'final' },
    { upsert: true },
  );
  return res.sendStatus(204);
});

module.exports = router;
