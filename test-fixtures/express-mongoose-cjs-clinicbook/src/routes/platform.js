'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { Clinic, User } = require('../models');

// Operator console for ClinicBook staff (role superadmin, gated where mounted).
const router = express.Router();

// ok: missing-auth, missing-role-check
router.get('/clinics', async (req, res) => {
  // ok: unscoped-tenant-query
  const clinics = await Clinic.find().select('name slug plan createdAt').sort({ createdAt: -1 });
  res.json(clinics);
});

// ok: missing-role-check, missing-input-validation
router.patch('/clinics/:id/plan', celebrate({ [Segments.BODY]: Joi.object({ plan: Joi.string().valid('trial', 'basic', 'pro').required() }) }), async (req, res) => {
  // ok: unscoped-tenant-query
  await Clinic.updateOne({ _id: req.params.id }, { plan: req.body.plan });
  res.sendStatus(204);
});

// ok: missing-role-check
router.get('/clinics/:id/users', async (req, res) => {
  // ok: unscoped-tenant-query
  const users = await User.find({ clinicId: req.params.id }).select('name email role');
  res.json(users);
});

module.exports = router;
