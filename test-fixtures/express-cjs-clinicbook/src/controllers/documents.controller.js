const fs = require('fs');
const Document = require('../models/Document');
const Patient = require('../models/Patient');
const { clinicFilter } = require('../lib/tenant');

exports.upload = async (req, res) => {
  if (!req.file) return res.status(400).json({ message: 'No file' });
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne(clinicFilter(req, { _id: req.params.patientId }));
  if (!patient) return res.status(404).json({ message: 'Patient not found' });
  const doc = await Document.create({
    clinic: req.user.clinic,
    patient: patient._id,
    filename: req.file.originalname,
    mimetype: req.file.mimetype,
    size: req.file.size,
    path: req.file.path,
    uploadedBy: req.user._id,
  });
  res.status(201).json({ id: doc.id });
};

exports.download = async (req, res) => {
  // expect: unscoped-tenant-query
  const doc = await Document.findOne({ _id: req.params.id });
  if (!doc) return res.status(404).json({ message: 'Not found' });
  res.type(doc.mimetype);
  fs.createReadStream(doc.path).pipe(res);
};
