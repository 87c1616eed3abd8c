'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');

const { Appointment, Patient } = require('../models');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

const createSchema = Joi.object({
  patientId: Joi.string().hex().length(24).required(),
  practitionerId: Joi.string().hex().length(24),
  start: Joi.date().iso().required(),
  end: Joi.date().iso().greater(Joi.ref('start')).required(),
  reason: Joi.string().max(500),
});

// ok: missing-auth
router.get('/', async (req, res) => {
  const from = req.query.from ? new Date(req.query.from) : new Date();
  // ok: unscoped-tenant-query
  const rows = await Appointment.find({ clinicId: req.user.clinicId, start: { $gte: from } }).sort({ start: 1 }).limit(500);
  res.json(rows);
});

router.get('/by-patient', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await Appointment.find({ patientId: req.query.patientId }).sort({ start: -1 });
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findById(req.params.id).populate('patientId', 'firstName lastName');
  if (!appt || String(appt.clinicId) !== String(req.user.clinicId)) return res.sendStatus(404);
  return res.json(appt);
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: createSchema }), async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.exists({ _id: req.body.patientId, clinicId: req.user.clinicId });
  if (!patient) return res.status(422).json({ error: 'Unknown patient' });
  // ok: unscoped-tenant-query
  const appt = await Appointment.create({ ...req.body, clinicId: req.user.clinicId });
  return res.status(201).json(appt);
});

// expect: missing-input-validation
router.patch('/:id/notes', async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findOneAndUpdate(
    { _id: req.params.id, clinicId: req.user.clinicId },
    { $set: { notes: req.body.notes } },
    { new: true },
  );
  if (!appt) return res.sendStatus(404);
  return res.json(appt);
});

// ok: missing-input-validation
router.post('/:id/check-in', async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findOneAndUpdate({ _id: req.params.id, clinicId: req.user.clinicId }, { status: 'checked_in' }, { new: true });
  if (!appt) return res.sendStatus(404);
  return res.json(appt);
});

// ok: missing-input-validation
router.post('/:id/cancel', async (req, res) => {
  // expect: unscoped-tenant-query
  await Appointment.updateOne({ _id: req.params.id }, { status: 'cancelled' });
  res.sendStatus(204);
});

// ok: missing-role-check
router.delete('/:id', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  await Appointment.deleteOne({ _id: req.params.id, clinicId: req.user.clinicId });
  res.sendStatus(204);
});

module.exports = router;
