'use strict';

const express = require('express');
const { Clinic, Appointment } = require('../models');

const router = express.Router();

// Clinics may publish a booking page; this feeds the embeddable widget.
// ok: missing-auth
router.get('/clinics/:slug', async (req, res) => {
  const clinic = await Clinic.findOne({ slug: req.params.slug, isPublic: true }).select('name address phone openingHours');
  if (!clinic) return res.sendStatus(404);
  return res.json(clinic);
});

// Linked from the confirmation SMS.
// expect: missing-auth
router.get('/appointments/:id/confirmation', async (req, res) => {
  const appt = await Appointment.findById(req.params.id).populate('patientId', 'firstName lastName phone');
  if (!appt) return res.sendStatus(404);
  return res.json({ start: appt.start, end: appt.end, patient: appt.patientId, status: appt.status });
});

module.exports = router;
