const crypto = require('crypto');
const Webhook = require('../models/Webhook');

// Outgoing webhooks a shop owner manages from the settings page.

exports.list = async (req, res) => {
  const hooks = await Webhook.find({ userId: req.user._id }).select('url events');
  res.json(hooks);
};

exports.create = async (req, res) => {
  const { url, events } = req.body;
  if (typeof url !== 'string' || !/^https:\/\//.test(url) || !Array.isArray(events)) return res.status(400).json({ error: 'invalid webhook' });
  const hook = await Webhook.create({ userId: req.user._id, url, events, secret: crypto.randomBytes(24).toString('hex') });
  res.status(201).json({ id: hook._id });
};

exports.remove = async (req, res) => {
  await Webhook.deleteOne({ _id: req.params.id, userId: req.user._id });
  res.sendStatus(204);
};
