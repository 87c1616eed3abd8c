const express = require('express');
const crypto = require('crypto');
const { celebrate, Joi, Segments } = require('celebrate');
const { Clinic, User } = require('../models');
const { requireRole } = require('../middleware/auth');
const { inviteLimiter } = require('../middleware/security');
const mailer = require('../services/mailer');
const config = require('../config');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const clinic = await Clinic.findByPk(req.user.clinicId, { attributes: ['id', 'name', 'slug', 'timezone', 'phone', 'openingHours'] });
    res.json(clinic);
  } catch (err) {
    next(err);
  }
});

// ok: missing-input-validation
router.put(
  '/settings',
  requireRole('admin'),
  celebrate({
    [Segments.BODY]: Joi.object({
      name: Joi.string().max(120),
      phone: Joi.string().max(30),
      timezone: Joi.string().max(60),
      openingHours: Joi.object().pattern(/^(mon|tue|wed|thu|fri|sat|sun)$/, Joi.string().max(40)),
    }),
  }),
  async (req, res, next) => {
    try {
      // ok: unscoped-tenant-query
      await Clinic.update(req.body, { where: { id: req.user.clinicId } });
      res.status(204).end();
    } catch (err) {
      next(err);
    }
  },
);

// settings screen of the multi-site admin view
router.get('/:clinicId/settings', requireRole('admin'), async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const clinic = await Clinic.findByPk(req.params.clinicId);
    if (!clinic) return res.status(404).json({ error: 'Clinic not found' });
    return res.json(clinic);
  } catch (err) {
    return next(err);
  }
});

router.get('/staff', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const staff = await User.findAll({
      where: { clinicId: req.user.clinicId },
      attributes: ['id', 'fullName', 'email', 'role'],
      order: [['fullName', 'ASC']],
    });
    res.json(staff);
  } catch (err) {
    next(err);
  }
});

// ok: missing-rate-limit, missing-input-validation
router.post(
  '/staff/invite',
  requireRole('admin'),
  inviteLimiter,
  celebrate({
    [Segments.BODY]: Joi.object({
      email: Joi.string().email().required(),
      fullName: Joi.string().max(120).required(),
      role: Joi.string().valid('vet', 'reception').required(),
    }),
  }),
  async (req, res, next) => {
    try {
      const token = crypto.randomBytes(32).toString('hex');
      const user = await User.create({
        ...req.body,
        clinicId: req.user.clinicId,
        passwordHash: '!invited',
        resetTokenHash: crypto.createHash('sha256').update(token).digest('hex'),
        resetTokenExpiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
      });
      await mailer.sendInvite(user.email, req.user.fullName, `${config.appUrl}/welcome?token=${token}`);
      res.status(201).json({ id: user.id });
    } catch (err) {
      next(err);
    }
  },
);

// someone left the practice
// expect: missing-role-check
router.delete('/staff/:userId', async (req, res, next) => {
  try {
    if (req.params.userId === req.user.id) return res.status(400).json({ error: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    const removed = await User.destroy({ where: { id: req.params.userId, clinicId: req.user.clinicId } });
    return res.status(removed ? 204 : 404).end();
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
