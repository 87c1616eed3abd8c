const Stripe = require('stripe');
const config = require('../config');
const logger = require('../lib/logger');
const Appointment = require('../models/Appointment');
const Clinic = require('../models/Clinic');
const Document = require('../models/Document');

const stripe = Stripe(config.stripeKey);

exports.stripe = async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], config.stripeWebhookSecret);
  } catch (err) {
    logger.warn('stripe signature check failed', { message: err.message });
    // ok: error-details-leak
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      await Appointment.updateOne({ _id: session.client_reference_id }, { status: 'paid' });
      break;
    }
    case 'customer.subscription.updated':
      await Clinic.updateOne({ stripeCustomerId: event.data.object.customer }, { plan: event.data.object.metadata.plan });
      break;
    default:
      break;
  }
  res.json({ received: true });
};

// partner labs push results as a multipart upload, signed with our shared secret
exports.labResult = async (req, res) => {
  const { clinicId, patientId } = req.body;
  await Document.create({
    clinic: clinicId,
    patient: patientId,
    filename: req.file.originalname,
    mimetype: req.file.mimetype,
    size: req.file.size,
    path: req.file.path,
    source: 'lab',
  });
  res.status(202).json({ accepted: true });
};

// delivery receipts from the SMS gateway (appointment reminders)
exports.smsStatus = async (req, res) => {
  const signature = req.get('x-sms-signature');
  const expected = require('crypto').createHmac('sha1', config.smsWebhookSecret).update(JSON.stringify(req.body)).digest('base64');
  if (signature === expected) {
    await Appointment.updateOne({ _id: req.body.reference }, { $set: { reminderStatus: req.body.status } });
    return res.sendStatus(204);
  }
  res.sendStatus(403);
};
