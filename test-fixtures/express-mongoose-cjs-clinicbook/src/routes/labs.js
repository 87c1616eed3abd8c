'use strict';

const express = require('express');
const createError = require('http-errors');
const { celebrate, Joi, Segments } = require('celebrate');
const { LabResult } = require('../models');

const router = express.Router();
const objectId = Joi.string().hex().length(24);

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const results = await LabResult.find({ patientId: req.query.patientId }).byClinic(req.user.clinicId).sort({ createdAt: -1 });
  res.json(results);
});

router.get('/pending', async (req, res) => {
  // ok: unscoped-tenant-query
  const results = await LabResult.find({ clinicId: req.user.clinicId, status: 'final' }).populate('patientId', 'firstName lastName');
  res.json(results);
});

// only the id is checked: the body goes into the result as sent
// expect: missing-input-validation
router.patch('/:id', celebrate({ [Segments.PARAMS]: Joi.object({ id: objectId }) }), async (req, res) => {
  // ok: unscoped-tenant-query
  const result = await LabResult.findOneAndUpdate({ _id: req.params.id, clinicId: req.user.clinicId }, req.body, { new: true });
  if (!result) return res.sendStatus(404);
  return res.json(result);
});

// ok: missing-input-validation
router.post('/:id/review', async (req, res, next) => {
  if (req.user.role === 'receptionist') return next(createError(403, 'Clinicians only'));
  // ok: unscoped-tenant-query
  const result = await LabResult.findOneAndUpdate(
    { _id: req.params.id, clinicId: req.user.clinicId, status: 'final' },
    { status: 'reviewed', reviewedBy: req.user.id },
    { new: true },
  );
  return result ? res.json(result) : res.sendStatus(404);
});

router.delete('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  await LabResult.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

module.exports = router;
