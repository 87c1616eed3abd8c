'use strict';

const crypto = require('crypto');
const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');

const config = require('../config');
const logger = require('../lib/logger');
const { sendMail } = require('../lib/mailer');
const jwt = require('jsonwebtoken');
const { Types } = require('mongoose');
const { User, Appointment } = require('../models');
const { requireRole } = require('../middleware/auth');
const { inviteLimiter } = require('../middleware/limits');

const router = express.Router();

const ROLES = ['manager', 'practitioner', 'receptionist'];

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const staff = await User.find({ clinicId: req.user.clinicId }).select('name email role createdAt');
  res.json(staff);
});

// ok: missing-rate-limit, missing-role-check, missing-input-validation
router.post(
  '/invite',
  requireRole('owner', 'manager'),
  inviteLimiter,
  celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required(), name: Joi.string().max(120), role: Joi.string().valid(...ROLES).required() }) }),
  async (req, res) => {
    const tempSecret = crypto.randomBytes(24).toString('base64url');
    // ok: unscoped-tenant-query
    const user = await User.create({
      clinicId: req.user.clinicId,
      email: req.body.email,
      name: req.body.name,
      role: req.body.role,
      passwordHash: '!',
      resetTokenHash: crypto.createHash('sha256').update(tempSecret).digest('hex'),
      resetTokenExpires: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
    await sendMail(user.email, 'You have been invited to ClinicBook', `${config.appUrl}/reset-password?token=${tempSecret}`);
    // ok: token-logging
    logger.info({ invitedUser: user.id, clinicId: req.user.clinicId, by: req.user.id }, 'staff invited');
    res.status(201).json({ id: user.id });
  },
);

// ok: missing-role-check, missing-input-validation
router.patch('/:id/role', requireRole('owner'), celebrate({ [Segments.BODY]: Joi.object({ role: Joi.string().valid(...ROLES).required() }) }), async (req, res) => {
  // ok: unscoped-tenant-query
  const result = await User.updateOne({ _id: req.params.id, clinicId: req.user.clinicId }, { role: req.body.role });
  res.sendStatus(result.matchedCount ? 204 : 404);
});

// expect: missing-role-check
router.delete('/:id', async (req, res) => {
  if (req.params.id === req.user.id) return res.status(400).json({ error: 'You cannot remove yourself' });
  // ok: unscoped-tenant-query
  const removed = await User.findOneAndDelete({ _id: req.params.id, clinicId: req.user.clinicId });
  res.sendStatus(removed ? 204 : 404);
});

// expect: missing-role-check
router.put('/:id/permissions', celebrate({ [Segments.BODY]: Joi.object({ permissions: Joi.array().items(Joi.string().valid('billing', 'reports', 'labs')).required() }) }), async (req, res) => {
  // ok: unscoped-tenant-query
  await User.updateOne({ _id: req.params.id, clinicId: req.user.clinicId }, { $set: { permissions: req.body.permissions } });
  res.sendStatus(204);
});

// ok: missing-role-check, missing-input-validation
router.post('/:id/impersonate', async (req, res) => {
  // ok: unscoped-tenant-query
  const me = await User.findOne({ _id: req.user.id, clinicId: req.user.clinicId }).select('role');
  if (!me || me.role !== 'owner') return res.status(403).json({ error: 'Owners only' });
  // ok: unscoped-tenant-query
  const target = await User.findOne({ _id: req.params.id, clinicId: req.user.clinicId });
  if (!target) return res.sendStatus(404);
  const token = jwt.sign({ sub: String(target._id), clinicId: String(target.clinicId), role: target.role, act: req.user.id }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '30m',
  });
  return res.json({ accessToken: token });
});

router.get('/:id/activity', async (req, res) => {
  try {
    // expect: unscoped-tenant-query
    const rows = await Appointment.aggregate([
      { $match: { practitionerId: new Types.ObjectId(req.params.id) } },
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]);
    res.json(rows);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.toString() });
  }
});

module.exports = router;
