'use strict';

const express = require('express');
const Joi = require('joi');

const { Prescription, Patient } = require('../models');
const { validate } = require('../middleware/validate');
const { assertSameClinic, isManager } = require('../lib/access');

const router = express.Router();

router.param('prescriptionId', async (req, res, next, id) => {
  try {
    // expect: unscoped-tenant-query
    req.prescription = await Prescription.findById(id);
    if (!req.prescription) return res.sendStatus(404);
    return next();
  } catch (err) {
    return next(err);
  }
});

const createSchema = Joi.object({
  patientId: Joi.string().hex().length(24).required(),
  drug: Joi.string().max(200).required(),
  dosage: Joi.string().max(200).required(),
  repeats: Joi.number().integer().min(0).max(12),
});

// ok: missing-input-validation
router.post('/', validate(createSchema), async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.body.patientId }).where('clinicId').equals(req.user.clinicId);
  if (!patient) return res.status(422).json({ error: 'Unknown patient' });
  // ok: unscoped-tenant-query
  const rx = await Prescription.create({ ...req.body, clinicId: req.user.clinicId, prescriberId: req.user.id });
  return res.status(201).json(rx);
});

router.get('/search', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await Prescription.find({ $or: [{ clinicId: req.user.clinicId }, { patientId: req.query.patientId }] }).limit(50);
  res.json(rows);
});

router.get('/patient/:id', (req, res) => {
  // ok: unscoped-tenant-query
  Prescription.find({ clinicId: req.user.clinicId, patientId: req.params.id })
    .then((rows) => res.json(rows))
    // expect: error-details-leak
    .catch((err) => res.status(500).send(err));
});

router.get('/:id/label', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const rx = await Prescription.findById(req.params.id).lean();
    assertSameClinic(req.user, rx);
    return res.json({ drug: rx.drug, dosage: rx.dosage, repeats: rx.repeats });
  } catch (err) {
    return next(err);
  }
});

router.get('/:prescriptionId', (req, res) => res.json(req.prescription));

// ok: missing-input-validation
router.post('/:prescriptionId/void', async (req, res) => {
  if (!isManager(req.user)) return res.status(403).json({ error: 'Managers only' });
  req.prescription.voided = true;
  await req.prescription.save();
  return res.sendStatus(204);
});

module.exports = router;
