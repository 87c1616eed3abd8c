'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');

const { Patient, Appointment } = require('../models');
const { requireRole } = require('../middleware/auth');
const { avatarUpload } = require('../middleware/upload');
const { scoped, escapeRegex } = require('../lib/tenant');

const router = express.Router();

const patientFields = {
  firstName: Joi.string().max(80),
  lastName: Joi.string().max(80),
  dateOfBirth: Joi.date().iso(),
  email: Joi.string().email().allow(''),
  phone: Joi.string().max(30).allow(''),
  address: Joi.string().max(300).allow(''),
  notes: Joi.string().max(5000).allow(''),
};
const objectId = Joi.string().hex().length(24);

// ok: missing-auth
router.get('/', async (req, res, next) => {
  try {
    const { q } = req.query;
    const filter = scoped(req, q ? { lastName: new RegExp(`^${escapeRegex(q)}`, 'i') } : {});
    // ok: unscoped-tenant-query
    const patients = await Patient.find(filter).sort({ lastName: 1 }).limit(100);
    res.json(patients);
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth
router.get('/:id', celebrate({ [Segments.PARAMS]: Joi.object({ id: objectId }) }), async (req, res) => {
  // expect: unscoped-tenant-query
  const patient = await Patient.findById(req.params.id);
  if (!patient) return res.sendStatus(404);
  return res.json(patient);
});

// ok: missing-auth, missing-input-validation
router.post(
  '/',
  celebrate({ [Segments.BODY]: Joi.object(patientFields).fork(['firstName', 'lastName'], (s) => s.required()) }),
  async (req, res) => {
    // ok: unscoped-tenant-query
    const patient = await Patient.create({ ...req.body, clinicId: req.user.clinicId, createdBy: req.user.id });
    res.status(201).json(patient);
  },
);

// ok: missing-input-validation
router.patch('/:id', celebrate({ [Segments.BODY]: Joi.object(patientFields).min(1) }), async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOneAndUpdate(scoped(req, { _id: req.params.id }), req.body, { new: true, runValidators: true });
  if (!patient) return res.sendStatus(404);
  return res.json(patient);
});

// Used by the front desk to fix a phone number quickly.
// expect: missing-input-validation
router.put('/:id/contact', async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.params.id, clinicId: req.user.clinicId });
  if (!patient) return res.sendStatus(404);
  Object.assign(patient, req.body);
  await patient.save();
  return res.json(patient);
});

// ok: missing-role-check
router.delete('/:id', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  const { deletedCount } = await Patient.deleteOne({ _id: req.params.id, clinicId: req.user.clinicId });
  res.sendStatus(deletedCount ? 204 : 404);
});

// expect: missing-rate-limit
router.post('/:id/avatar', avatarUpload.single('avatar'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'No file' });
  // ok: unscoped-tenant-query
  await Patient.updateOne({ _id: req.params.id, clinicId: req.user.clinicId }, { avatarPath: req.file.path });
  return res.status(201).json({ path: req.file.path });
});

router.get('/:id/appointments', async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne(scoped(req, { _id: req.params.id })).lean();
  if (!patient) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  const appointments = await Appointment.find({ patientId: patient._id }).sort({ start: -1 });
  return res.json(appointments);
});

module.exports = router;
