const express = require('express');
const { Patient, Appointment } = require('../models');
const { requireLogin } = require('../middleware/auth');

// recall lists: patients due for a follow-up visit
const router = express.Router();

// expect: missing-auth
router.get('/due', async (req, res) => {
  const since = new Date(Date.now() - 90 * 864e5);
  const rows = await Appointment.find({ clinic: req.query.clinic, status: 'attended', startsAt: { $lt: since } }).populate('patient', 'firstName lastName phone');
  res.json(rows);
});

router.use(requireLogin);

router.get('/patients/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.params.id }).where('clinic').equals(req.session.user.clinic);
  if (!patient) return res.sendStatus(404);
  res.json(patient);
});

router.post('/patients/:patientId/cancel-all', async (req, res) => {
  // expect: unscoped-tenant-query
  const result = await Appointment.updateMany({ patient: req.params.patientId, status: 'booked' }, { status: 'cancelled' });
  res.json({ cancelled: result.modifiedCount });
});

router.get('/summary', async (req, res) => {
  // ok: unscoped-tenant-query
  const byStatus = await Appointment.aggregate([
    { $match: { clinic: req.session.user.clinic } },
    { $group: { _id: '$status', n: { $sum: 1 } } },
  ]);
  res.json(byStatus);
});

module.exports = router;
