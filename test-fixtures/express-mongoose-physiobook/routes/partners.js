const express = require('express');
const { Appointment } = require('../models');
const { requirePartner } = require('../middleware/auth');

const router = express.Router();
router.use(requirePartner);

// ok: missing-auth
router.get('/availability', async (req, res) => {
  // ok: unscoped-tenant-query
  const booked = await Appointment.find({ clinic: req.partner.clinicId, startsAt: { $gte: new Date() }, status: { $ne: 'cancelled' } }).select('startsAt durationMin');
  res.json(booked);
});

module.exports = router;
