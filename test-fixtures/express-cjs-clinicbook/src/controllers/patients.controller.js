const Patient = require('../models/Patient');
const Appointment = require('../models/Appointment');
const { clinicFilter, sameClinic } = require('../lib/tenant');
const logger = require('../lib/logger');

exports.list = async (req, res, next) => {
  try {
    const q = req.query.q ? { lastName: new RegExp(`^${escape(req.query.q)}`, 'i') } : {};
    // ok: unscoped-tenant-query
    const patients = await Patient.find({ ...q, clinic: req.user.clinic }).sort('lastName').limit(100).lean();
    res.json(patients);
  } catch (err) {
    next(err);
  }
};

exports.create = async (req, res, next) => {
  try {
    const patient = await Patient.create({ ...req.body, clinic: req.user.clinic });
    res.status(201).json(patient);
  } catch (err) {
    next(err);
  }
};

exports.show = async (req, res) => {
  try {
    // expect: unscoped-tenant-query
    const patient = await Patient.findById(req.params.id).lean();
    if (!patient) return res.status(404).json({ message: 'Patient not found' });
    res.json(patient);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message, stack: err.stack });
  }
};

exports.update = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const patient = await Patient.findOneAndUpdate(clinicFilter(req, { _id: req.params.id }), req.body, { new: true, runValidators: true });
    if (!patient) return res.status(404).json({ message: 'Patient not found' });
    res.json(patient);
  } catch (err) {
    next(err);
  }
};

exports.addNote = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const patient = await Patient.findById(req.params.id);
    if (!sameClinic(patient, req.user)) return res.status(404).json({ message: 'Patient not found' });
    patient.notes.push({ author: req.user._id, body: req.body.body, at: new Date() });
    await patient.save();
    res.status(201).json(patient.notes[patient.notes.length - 1]);
  } catch (err) {
    next(err);
  }
};

exports.history = async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const visits = await Appointment.find({ patient: req.params.id }).sort({ startsAt: -1 });
    res.json(visits);
  } catch (err) {
    next(err);
  }
};

exports.remove = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const result = await Patient.deleteOne({ _id: req.params.id, clinic: req.user.clinic });
    if (!result.deletedCount) return res.status(404).json({ message: 'Patient not found' });
    logger.info('patient deleted', { patientId: req.params.id, by: req.user.id });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
};

exports.exportCsv = async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const rows = await Patient.find(clinicFilter(req)).lean();
    res.type('text/csv');
    res.send(['firstName,lastName,dateOfBirth,phone'].concat(rows.map((p) => [p.firstName, p.lastName, p.dateOfBirth, p.phone].join(','))).join('\n'));
  } catch (err) {
    next(err);
  }
};

function escape(s) {
  return String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
