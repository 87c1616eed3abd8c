'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const { celebrate, Joi, Segments } = require('celebrate');

const config = require('../config');
const { sendMail } = require('../lib/mailer');
const { portalLimiter } = require('../middleware/limits');
const { requirePortalSession } = require('../middleware/portal');
const { Clinic, Patient, Appointment } = require('../models');

const router = express.Router();
router.use(portalLimiter);

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/magic-link',
  celebrate({ [Segments.BODY]: Joi.object({ clinic: Joi.string().required(), email: Joi.string().email().required() }) }),
  async (req, res) => {
    const clinic = await Clinic.findOne({ slug: req.body.clinic });
    const patient = clinic && (await Patient.findOne({ clinicId: clinic._id, email: req.body.email.toLowerCase() }));
    if (patient) {
      const token = jwt.sign({ sub: String(patient._id), clinicId: String(clinic._id) }, config.portalSecret, {
        algorithm: 'HS256',
        expiresIn: '20m',
      });
      await sendMail(patient.email, `Your ${clinic.name} portal link`, `${config.appUrl}/portal/open?token=${token}`);
    }
    res.json({ ok: true });
  },
);

// ok: missing-auth, missing-rate-limit
router.get('/open', async (req, res) => {
  try {
    // ok: insecure-jwt
    const claims = jwt.verify(String(req.query.token), config.portalSecret, { algorithms: ['HS256'] });
    const session = jwt.sign({ sub: claims.sub, clinicId: claims.clinicId }, config.portalSecret, { algorithm: 'HS256', expiresIn: '12h' });
    // expect: insecure-cookie
    res.cookie('portal_session', session, { maxAge: 12 * 3600 * 1000 });
    return res.redirect(`${config.appUrl}/portal`);
  } catch {
    return res.status(401).send('This link has expired, please request a new one.');
  }
});

// ok: missing-auth, unscoped-tenant-query
router.get('/me/appointments', requirePortalSession, async (req, res) => {
  const upcoming = await Appointment.find({
    clinicId: req.patient.clinicId,
    patientId: req.patient.id,
    start: { $gte: new Date() },
  }).sort({ start: 1 });
  res.json(upcoming);
});

// ok: missing-auth, unscoped-tenant-query
router.post('/me/appointments/:id/cancel', requirePortalSession, async (req, res) => {
  const result = await Appointment.updateOne(
    { _id: req.params.id, patientId: req.patient.id, status: 'booked' },
    { status: 'cancelled' },
  );
  if (!result.matchedCount) return res.sendStatus(404);
  return res.sendStatus(204);
});

module.exports = router;
