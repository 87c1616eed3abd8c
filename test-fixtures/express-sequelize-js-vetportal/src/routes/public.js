const express = require('express');
const cors = require('cors');
const jwt = require('jsonwebtoken');
const { celebrate, Joi, Segments } = require('celebrate');
const { Appointment, Clinic, MedicalRecord, Pet } = require('../models');
const config = require('../config');

const router = express.Router();

// opening hours for the embeddable widget on clinics' own websites
// ok: missing-auth
router.get(
  '/clinics/:slug/hours',
  // ok: cors-wildcard
  cors(),
  async (req, res, next) => {
    try {
      const clinic = await Clinic.findOne({
        where: { slug: req.params.slug },
        attributes: ['name', 'phone', 'timezone', 'openingHours'],
      });
      if (!clinic) return res.status(404).json({ error: 'Unknown clinic' });
      return res.json(clinic);
    } catch (err) {
      return next(err);
    }
  },
);

// owner-facing share link minted by POST /api/pets/:petId/share
// ok: missing-auth
router.get('/shared/:token', async (req, res) => {
  let claims;
  try {
    // ok: insecure-jwt
    claims = jwt.verify(req.params.token, config.shareLinkSecret, { algorithms: ['HS256'] });
  } catch {
    return res.status(404).json({ error: 'This link has expired' });
  }
  const pet = await Pet.findOne({
    where: { id: claims.petId, clinicId: claims.clinicId },
    attributes: ['name', 'species', 'breed', 'birthDate'],
    include: [{ model: MedicalRecord, where: { kind: 'vaccination' }, required: false, attributes: ['title', 'createdAt'] }],
  });
  if (!pet) return res.status(404).json({ error: 'This link has expired' });
  return res.json(pet);
});

// printable certificate for boarding kennels
// expect: missing-auth
router.get('/pets/:petId/vaccination-certificate', async (req, res, next) => {
  try {
    const pet = await Pet.findByPk(req.params.petId, {
      attributes: ['name', 'species', 'breed', 'ownerName'],
      include: [{ model: MedicalRecord, where: { kind: 'vaccination' }, required: false, attributes: ['title', 'createdAt'] }],
    });
    if (!pet) return res.status(404).json({ error: 'Unknown pet' });
    return res.json(pet);
  } catch (err) {
    return next(err);
  }
});

// reception tablets: the device token was minted when the kiosk was paired
// (the device token is only decoded: anyone can write kind: 'kiosk' into one)
// expect: missing-auth
router.post('/kiosk/check-in',
  celebrate({ [Segments.BODY]: Joi.object({ appointmentId: Joi.string().uuid().required() }) }),
  async (req, res, next) => {
    try {
      // expect: insecure-jwt
      const device = jwt.decode(req.get('x-kiosk-token') || '');
      if (!device || device.kind !== 'kiosk') return res.status(401).json({ error: 'Unknown device' });
      // the clinic comes from claims nobody verified: the route is unauthenticated (missing-auth)
      // ok: unscoped-tenant-query
      const [updated] = await Appointment.update(
        { status: 'checked_in' },
        { where: { id: req.body.appointmentId, clinicId: device.clinicId, status: 'booked' } },
      );
      return res.status(updated ? 204 : 404).end();
    } catch (err) {
      return next(err);
    }
  },
);

module.exports = router;
