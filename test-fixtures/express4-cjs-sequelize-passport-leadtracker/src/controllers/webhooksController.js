const Stripe = require('stripe');
const crypto = require('crypto');
const config = require('../config');
const { Organization, Lead } = require('../models');

const stripe = new Stripe(config.stripeSecretKey);

exports.stripe = async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripeWebhookSecret);
  } catch (err) {
    return res.status(400).send('Bad signature');
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await Organization.update({ plan: sub.metadata.plan }, { where: { id: sub.metadata.orgId } });
  }
  res.json({ received: true });
};

// Mail provider posts bounces and replies
exports.mailer = async (req, res) => {
  const expected = crypto
    .createHmac('sha256', config.mailerWebhookSecret)
    .update(JSON.stringify(req.body))
    .digest('hex');
  if (req.get('x-mailer-signature') !== expected) return res.status(401).end();
  const { type, email } = req.body;
  if (type === 'bounce') await Lead.update({ status: 'bounced' }, { where: { email } });
  res.status(204).end();
};
