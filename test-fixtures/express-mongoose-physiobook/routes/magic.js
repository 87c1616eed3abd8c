const express = require('express');
const jwt = require('jsonwebtoken');
const crypto = require('crypto');
const { celebrate, Joi, Segments } = require('celebrate');
const { Patient, Appointment } = require('../models');
const { loginLimiter } = require('../middleware/limits');

// patients get a sign-in link by email to see their own appointments
const router = express.Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/magic-link', loginLimiter, celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required() }) }), async (req, res) => {
  const patient = await Patient.findOne({ email: req.body.email.toLowerCase() });
  if (patient) {
    // expect: insecure-jwt
    const token = jwt.sign({ pid: String(patient._id), clinic: String(patient.clinic) }, 'physio-patient-links', { expiresIn: '30m' });
    // (mailed by the worker)
    req.app.locals.outbox.push({ to: patient.email, token });
  }
  res.json({ ok: true });
});

// ok: missing-auth, missing-rate-limit
router.get('/magic-link/:token', async (req, res) => {
  let claims;
  try {
    claims = jwt.verify(req.params.token, process.env.PATIENT_LINK_SECRET, { algorithms: ['HS256'] });
  } catch {
    return res.status(401).json({ error: 'Link expired' });
  }
  const sid = crypto.randomBytes(24).toString('hex');
  // expect: insecure-cookie
  res.cookie('patient_session', sid, { httpOnly: true, maxAge: 30 * 60 * 1000 });
  // ok: unscoped-tenant-query
  const upcoming = await Appointment.find({ patient: claims.pid, clinic: claims.clinic, startsAt: { $gte: new Date() } });
  res.json({ upcoming });
});

module.exports = router;
