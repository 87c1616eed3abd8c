const express = require('express');
const crypto = require('crypto');
const Stripe = require('stripe');
const { celebrate, Joi, Segments } = require('celebrate');
const { Invoice, MedicalRecord } = require('../models');
const config = require('../config');
const logger = require('../utils/logger');

const router = express.Router();
const stripe = new Stripe(config.stripe.secretKey);

// ok: unverified-webhook, missing-auth
router.post('/stripe', async (req, res, next) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.rawBody, req.get('stripe-signature'), config.stripe.webhookSecret);
  } catch (err) {
    logger.warn('stripe signature rejected', { message: err.message });
    // ok: error-details-leak
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  try {
    if (event.type === 'payment_intent.succeeded') {
      const intent = event.data.object;
      // ok: unscoped-tenant-query
      await Invoice.update({ status: 'paid', paidAt: new Date() }, { where: { stripePaymentIntentId: intent.id } });
    } else if (event.type === 'payment_intent.payment_failed') {
      logger.warn('card payment failed', { intent: event.data.object.id });
    }
    return res.json({ received: true });
  } catch (err) {
    return next(err);
  }
});

const labResult = Joi.object({
  petId: Joi.string().uuid().required(),
  clinicId: Joi.string().uuid().required(),
  panel: Joi.string().max(100).required(),
  resultsUrl: Joi.string().uri().required(),
});

// results pushed by the reference lab, signed with our shared secret
// expect: unverified-webhook
router.post('/lab-results', celebrate({ [Segments.BODY]: labResult }), async (req, res, next) => {
  try {
    const expected = crypto.createHmac('sha256', config.lab.webhookSecret).update(req.rawBody).digest('hex');
    if (req.get('x-lab-signature') !== expected) return res.status(401).json({ error: 'bad signature' });
    const { petId, clinicId, panel, resultsUrl } = req.body;
    await MedicalRecord.create({ petId, clinicId, kind: 'lab', title: `Lab results: ${panel}`, body: resultsUrl });
    return res.status(204).end();
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
