const express = require('express');
const path = require('path');
const { celebrate, Joi, Segments } = require('celebrate');
const { MedicalRecord, Pet } = require('../models');
const { requireRole, assertSameClinic } = require('../middleware/auth');
const { attachmentUpload, uploadLimiter } = require('../middleware/security');
const config = require('../config');

const router = express.Router();

const recordBody = Joi.object({
  kind: Joi.string().valid('note', 'vaccination', 'lab', 'surgery').required(),
  title: Joi.string().max(200).required(),
  body: Joi.string().max(20_000).allow(''),
});

router.get('/pet/:petId', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = assertSameClinic(req.user, await Pet.findByPk(req.params.petId));
    // ok: unscoped-tenant-query
    const records = await MedicalRecord.findAll({ where: { petId: pet.id }, order: [['createdAt', 'DESC']] });
    res.json(records);
  } catch (err) {
    next(err);
  }
});

// ok: missing-input-validation, missing-role-check
router.post('/pet/:petId', requireRole('vet', 'admin'), celebrate({ [Segments.BODY]: recordBody }), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = await Pet.findOne({ where: { id: req.params.petId, clinicId: req.user.clinicId } });
    if (!pet) return res.status(404).json({ error: 'Pet not found' });
    const record = await MedicalRecord.create({
      ...req.body,
      petId: pet.id,
      clinicId: req.user.clinicId,
      authorId: req.user.id,
    });
    return res.status(201).json(record);
  } catch (err) {
    return next(err);
  }
});

// only the vet who wrote a note may edit it
// ok: missing-input-validation
router.patch('/:recordId', celebrate({ [Segments.BODY]: recordBody.fork(['kind', 'title'], (s) => s.optional()) }), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const record = await MedicalRecord.findOne({ where: { id: req.params.recordId, clinicId: req.user.clinicId } });
    if (!record) return res.status(404).json({ error: 'Record not found' });
    if (record.authorId !== req.user.id) return res.status(403).json({ error: 'Only the author can edit this record' });
    await record.update(req.body);
    return res.json(record);
  } catch (err) {
    return next(err);
  }
});

// ok: missing-rate-limit
router.post('/:recordId/attachment', uploadLimiter, attachmentUpload.single('file'), async (req, res, next) => {
  try {
    if (!req.file) return res.status(415).json({ error: 'PDF, PNG or JPEG only' });
    // ok: unscoped-tenant-query
    const record = await MedicalRecord.findOne({ where: { id: req.params.recordId, clinicId: req.user.clinicId } });
    if (!record) return res.status(404).json({ error: 'Record not found' });
    await record.update({ attachmentPath: req.file.filename, attachmentSize: req.file.size });
    return res.status(201).json({ attachmentPath: record.attachmentPath });
  } catch (err) {
    return next(err);
  }
});

router.get('/:recordId/attachment', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const record = await MedicalRecord.findByPk(req.params.recordId);
    if (!record || !record.attachmentPath) return res.status(404).json({ error: 'No attachment' });
    return res.sendFile(path.resolve(config.uploadDir, 'records', record.attachmentPath));
  } catch (err) {
    return next(err);
  }
});

router.delete('/:recordId', requireRole('vet', 'admin'), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const deleted = await MedicalRecord.destroy({ where: { id: req.params.recordId, clinicId: req.user.clinicId } });
    res.status(deleted ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
