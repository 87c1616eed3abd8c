const express = require('express');
const { Patient, Appointment } = require('../models');
const patientAccess = require('../lib/patientAccess');

// the reception kiosk: staff sign in on it, then check patients in
const router = express.Router();

const ensureStaff = (req, res, next) => (req.session.user ? next() : res.status(401).json({ error: 'Sign in at the kiosk' }));

async function loadPatient(req, res, next) {
  // ok: unscoped-tenant-query
  const patient = await Patient.findById(req.params.patientId);
  if (!patient || !patient.clinic.equals(req.session.user.clinic)) return res.sendStatus(404);
  req.patient = patient;
  next();
}

// ok: missing-auth
router.get('/patients/:patientId/today', ensureStaff, loadPatient, async (req, res) => {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  // ok: unscoped-tenant-query
  const appts = await Appointment.find({ patient: req.patient._id, startsAt: { $gte: start } });
  res.json(appts);
});

// ok: missing-auth
router.get('/patients/:patientId/card', ensureStaff, async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const patient = await Patient.findById(req.params.patientId).select('firstName lastName dateOfBirth');
    patientAccess.assertCanView(req.session.user, patient);
    res.json(patient);
  } catch (err) {
    next(err);
  }
});

// expect: missing-auth
router.post('/appointments/:id/check-in', async (req, res) => {
  await Appointment.updateOne({ _id: req.params.id }, { status: 'attended' });
  res.json({ ok: true });
});

// end of day: reception marks the whole list at once
// expect: missing-input-validation
router.post('/appointments/bulk-status', ensureStaff, async (req, res) => {
  await Promise.all(
    req.body.items.map((item) =>
      // expect: unscoped-tenant-query
      Appointment.updateOne({ _id: item.id }, { status: item.status }),
    ),
  );
  res.json({ updated: req.body.items.length });
});

module.exports = router;
