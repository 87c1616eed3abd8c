const express = require('express');
const multer = require('multer');
const path = require('path');
const { celebrate, Joi, Segments } = require('celebrate');
const { Patient } = require('../models');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();
router.use(requireLogin);

const patientSchema = Joi.object({
  firstName: Joi.string().max(80).required(),
  lastName: Joi.string().max(80).required(),
  email: Joi.string().email().allow(''),
  phone: Joi.string().max(30).allow(''),
  dateOfBirth: Joi.date().iso(),
});

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const patients = await Patient.find({ clinic: req.session.user.clinic }).select('-notes').sort({ lastName: 1 });
  res.json(patients);
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const patient = await Patient.findById(req.params.id);
  if (!patient) return res.sendStatus(404);
  res.json(patient);
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: patientSchema }), async (req, res) => {
  const patient = await Patient.create({ ...req.body, clinic: req.session.user.clinic });
  res.status(201).json(patient);
});

// expect: missing-input-validation
router.post('/:id/notes', async (req, res) => {
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.params.id, clinic: req.session.user.clinic });
  if (!patient) return res.sendStatus(404);
  patient.notes.push({ body: req.body.body, author: req.session.user.id });
  await patient.save();
  res.status(201).json(patient.notes[patient.notes.length - 1]);
});

// referral letters and scans attached to a patient
const attachments = multer({
  dest: path.join(__dirname, '..', 'uploads', 'attachments'),
  limits: { fileSize: 10 * 1024 * 1024, files: 1 },
  fileFilter: (req, file, cb) => cb(null, ['application/pdf', 'image/png', 'image/jpeg'].includes(file.mimetype)),
});

// expect: missing-rate-limit
router.post('/:id/attachments', attachments.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'PDF, PNG or JPEG up to 10 MB' });
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: req.params.id, clinic: req.session.user.clinic });
  if (!patient) return res.sendStatus(404);
  res.status(201).json({ file: req.file.filename });
});

// bulk import from the old booking system (CSV)
// expect: unrestricted-upload
const importUpload = multer({ storage: multer.memoryStorage() });

// expect: missing-rate-limit, missing-input-validation
router.post('/import', importUpload.single('csv'), async (req, res) => {
  const lines = req.file.buffer.toString('utf8').split('\n').slice(1).filter(Boolean);
  const docs = lines.map((line) => {
    const [firstName, lastName, email, phone] = line.split(',');
    return { firstName, lastName, email, phone, clinic: req.session.user.clinic };
  });
  await Patient.insertMany(docs);
  res.json({ imported: docs.length });
});

module.exports = router;
