'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');

const { Document, Patient } = require('../models');
const { requireAuth } = require('../middleware/auth');
const { documentUpload } = require('../middleware/upload');
const { uploadLimiter } = require('../middleware/limits');

const router = express.Router();

// Preview thumbnails are rendered by the front end in an <img>, so this one
// was left above the auth middleware.
// expect: missing-auth
router.get('/:id/preview', async (req, res) => {
  const doc = await Document.findById(req.params.id).select('mimeType data');
  if (!doc) return res.sendStatus(404);
  res.type(doc.mimeType);
  return res.send(doc.data);
});

router.use(requireAuth);

// ok: missing-auth, missing-rate-limit, missing-input-validation, unrestricted-upload
router.post(
  '/',
  uploadLimiter,
  documentUpload.single('file'),
  celebrate({ [Segments.BODY]: Joi.object({ patientId: Joi.string().hex().length(24).required(), title: Joi.string().max(200).required() }) }),
  async (req, res) => {
    // ok: unscoped-tenant-query
    const patient = await Patient.findOne({ _id: req.body.patientId, clinicId: req.user.clinicId });
    if (!patient) return res.status(422).json({ error: 'Unknown patient' });
    // ok: unscoped-tenant-query
    const doc = await Document.create({
      clinicId: req.user.clinicId,
      patientId: patient._id,
      uploadedBy: req.user.id,
      title: req.body.title,
      mimeType: req.file.mimetype,
      size: req.file.size,
      data: req.file.buffer,
    });
    return res.status(201).json({ id: doc.id });
  },
);

// ok: missing-auth
router.get('/patient/:patientId', async (req, res) => {
  // expect: unscoped-tenant-query
  const docs = await Document.find({ patientId: req.params.patientId }).select('-data');
  res.json(docs);
});

// ok: missing-auth
router.get('/:id/download', async (req, res) => {
  // ok: unscoped-tenant-query
  const doc = await Document.findOne({ _id: req.params.id, clinicId: req.user.clinicId });
  if (!doc) return res.sendStatus(404);
  res.attachment(doc.title);
  res.type(doc.mimeType);
  return res.send(doc.data);
});

// ok: missing-auth
router.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const doc = await Document.findOneAndDelete({ _id: req.params.id, clinicId: req.user.clinicId, uploadedBy: req.user.id });
  res.sendStatus(doc ? 204 : 404);
});

module.exports = router;
