const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { Appointment, Patient } = require('../models');

// mounted behind requireLogin in app.js
const router = express.Router();

router.get('/', async (req, res) => {
  const { clinic } = req.session.user;
  const filter = { clinic };
  if (req.query.practitioner) filter.practitioner = req.query.practitioner;
  // ok: unscoped-tenant-query
  const rows = await Appointment.find(filter).sort({ startsAt: 1 }).limit(200);
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findOne({ _id: req.params.id, clinic: req.session.user.clinic }).populate('patient');
  if (!appt) return res.sendStatus(404);
  res.json(appt);
});

const bookingSchema = Joi.object({
  patient: Joi.string().hex().length(24).required(),
  practitioner: Joi.string().hex().length(24),
  startsAt: Joi.date().iso().required(),
  durationMin: Joi.number().integer().min(15).max(120),
  reason: Joi.string().max(500).allow(''),
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: bookingSchema }), async (req, res) => {
  const clinic = req.session.user.clinic;
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.body.patient, clinic });
  if (!patient) return res.status(404).json({ error: 'Unknown patient' });
  const appt = await Appointment.create({ ...req.body, clinic });
  res.status(201).json(appt);
});

router.post('/:id/cancel', async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findById(req.params.id);
  if (!appt || String(appt.clinic) !== req.session.user.clinic) return res.sendStatus(404);
  appt.status = 'cancelled';
  await appt.save();
  res.json(appt);
});

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const appt = await Appointment.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(appt);
});

module.exports = router;
