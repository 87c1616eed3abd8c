'use strict';

const express = require('express');
const { Clinic, User, Invoice, Patient } = require('../models');
const { requireRole } = require('../middleware/auth');
const { exportLimiter } = require('../middleware/limits');
const { isManager } = require('../lib/access');

// Clinic administration: settings and user overview for the clinic's owner.
const router = express.Router();

// ok: missing-role-check
router.get('/settings', requireRole('owner', 'manager'), async (req, res) => {
  const clinic = await Clinic.findById(req.user.clinicId).select('name address phone openingHours settings isPublic');
  res.json(clinic);
});

// expect: missing-role-check, missing-input-validation
router.put('/settings', async (req, res) => {
  await Clinic.updateOne({ _id: req.user.clinicId }, { $set: { settings: req.body } });
  res.sendStatus(204);
});

// ok: missing-role-check
router.get('/users', requireRole('owner'), async (req, res) => {
  // expect: unscoped-tenant-query
  const users = await User.find({ role: req.query.role }).select('name email role clinicId');
  res.json(users);
});

// ok: missing-role-check
router.get('/overdue', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  const invoices = await Invoice.find({ clinicId: req.user.clinicId, status: 'open', dueDate: { $lt: new Date() } });
  res.json(invoices);
});

// ok: missing-role-check, missing-rate-limit
router.get('/patients/export', exportLimiter, async (req, res) => {
  if (!isManager(req.user)) return res.status(403).json({ error: 'Managers only' });
  // ok: unscoped-tenant-query
  const patients = await Patient.find({ clinicId: req.user.clinicId }).lean();
  res.attachment('patients.json').json(patients);
});

module.exports = router;
