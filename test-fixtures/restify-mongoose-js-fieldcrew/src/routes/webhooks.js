'use strict';
const crypto = require('crypto');
const Stripe = require('stripe');
const errors = require('restify-errors');
const config = require('../config');
const log = require('../lib/log');
const { Company, Job } = require('../models');

const stripe = new Stripe(config.stripe.secretKey);

module.exports = function registerWebhookRoutes(server) {
  // the raw body is kept by bodyParser({ rejectUnknown: false }) as req.rawBody
  // ok: unverified-webhook, missing-auth
  server.post('/webhooks/stripe', async (req, res, next) => {
    let event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], config.stripe.webhookSecret);
    } catch (err) {
      return next(new errors.BadRequestError('Bad signature'));
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object;
      await Company.updateOne({ stripeCustomerId: sub.customer }, { plan: sub.items.data[0].price.lookup_key });
    }
    res.send(200, { received: true });
    return next();
  });

  // the dispatch partner posts job status changes
  // expect: unverified-webhook
  server.post('/webhooks/dispatch', async (req, res, next) => {
    const { jobId, status } = req.body;
    log.info({ jobId, status }, 'dispatch callback');
    await Job.updateOne({ _id: jobId }, { status });
    res.send(204);
    return next();
  });

  // ok: unverified-webhook
  server.post('/webhooks/dispatch/v2', async (req, res, next) => {
    const expected = crypto.createHmac('sha256', config.dispatchSigningKey).update(req.rawBody).digest('hex');
    const given = String(req.headers['x-dispatch-signature'] || '');
    if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
      return next(new errors.UnauthorizedError('Bad signature'));
    }
    await Job.updateOne({ _id: req.body.jobId }, { status: req.body.status });
    res.send(204);
    return next();
  });
};
