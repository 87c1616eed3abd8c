const express = require('express');
const cors = require('cors');
const { Appointment } = require('../models');
const { requirePartner, requireInsurer } = require('../middleware/auth');

const router = express.Router();
// insurers' portals call this from their own domains
router.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);
router.use(requirePartner);

// ok: missing-auth
router.get('/availability', async (req, res) => {
  // (req.partner is what requirePartner decoded without verifying: its clinicId is the client's pick)
  // expect: unscoped-tenant-query
  const booked = await Appointment.find({ clinic: req.partner.clinicId, startsAt: { $gte: new Date() }, status: { $ne: 'cancelled' } }).select('startsAt durationMin');
  res.json(booked);
});

// ok: missing-auth
router.get('/claims-status/:appointmentId', requireInsurer, async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findOne({ _id: req.params.appointmentId, clinic: req.partner.clinicId }).select('status startsAt');
  res.json(appt);
});

module.exports = router;
