const crypto = require('crypto');
const User = require('../models/User');
const mailer = require('../lib/mailer');
const logger = require('../lib/logger');

exports.list = async (req, res) => {
  // ok: unscoped-tenant-query
  const staff = await User.find({ clinic: req.user.clinic }).select('name email role');
  res.json(staff);
};

exports.invite = async (req, res) => {
  const { email, name, role } = req.body;
  const resetToken = crypto.randomBytes(32).toString('hex');
  const user = await User.create({ email, name, role, clinic: req.user.clinic, resetToken, resetTokenExpires: new Date(Date.now() + 7 * 864e5) });
  // expect: token-logging
  logger.info(`invited ${email}, invite link token ${resetToken}`);
  await mailer.sendReset(email, resetToken);
  res.status(201).json({ id: user.id });
};

exports.changeRole = async (req, res) => {
  // expect: unscoped-tenant-query
  const user = await User.findByIdAndUpdate(req.params.id, { role: req.body.role }, { new: true });
  if (!user) return res.status(404).json({ message: 'Not found' });
  res.json({ id: user.id, role: user.role });
};

exports.remove = async (req, res) => {
  if (String(req.params.id) === String(req.user._id)) return res.status(400).json({ message: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  await User.deleteOne({ _id: req.params.id, clinic: req.user.clinic });
  res.status(204).end();
};
