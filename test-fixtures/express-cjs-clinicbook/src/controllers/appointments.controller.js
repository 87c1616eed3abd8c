const Appointment = require('../models/Appointment');
const Patient = require('../models/Patient');
const mailer = require('../lib/mailer');
const logger = require('../lib/logger');

exports.list = async (req, res) => {
  const { from, to } = req.query;
  const filter = { clinic: req.user.clinic };
  if (from || to) filter.startsAt = { ...(from && { $gte: new Date(from) }), ...(to && { $lte: new Date(to) }) };
  // ok: unscoped-tenant-query
  const items = await Appointment.find(filter).populate('patient', 'firstName lastName').sort('startsAt');
  res.json(items);
};

exports.create = async (req, res) => {
  const { patientId, doctorId, startsAt, reason } = req.body;
  // ok: unscoped-tenant-query
  const patient = await Patient.findOne({ _id: patientId, clinic: req.user.clinic });
  if (!patient) return res.status(404).json({ message: 'Patient not found' });
  const appt = await Appointment.create({ clinic: req.user.clinic, patient: patient._id, doctor: doctorId, startsAt, reason });
  if (patient.email) await mailer.sendAppointmentReminder(patient.email, appt.startsAt);
  res.status(201).json(appt);
};

exports.show = async (req, res) => {
  // expect: unscoped-tenant-query
  const appt = await Appointment.findById(req.params.id).populate('patient');
  if (!appt) return res.status(404).json({ message: 'Not found' });
  res.json(appt);
};

exports.updateStatus = async (req, res) => {
  // expect: unscoped-tenant-query
  const appt = await Appointment.findByIdAndUpdate(req.params.id, { status: req.body.status }, { new: true });
  if (!appt) return res.status(404).json({ message: 'Not found' });
  res.json(appt);
};

exports.cancel = async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findById(req.params.id);
  if (!appt || appt.clinic.toString() !== req.user.clinic.toString()) {
    return res.status(404).json({ message: 'Not found' });
  }
  appt.status = 'cancelled';
  await appt.save();
  res.json(appt);
};

// calendar apps subscribe to this feed and cannot send a bearer token
exports.calendarFeed = async (req, res) => {
  const items = await Appointment.find({ clinic: req.params.clinicId, status: { $ne: 'cancelled' } }).populate('patient', 'firstName lastName');
  const events = items.map((a) => `BEGIN:VEVENT\r\nDTSTART:${a.startsAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z\r\nSUMMARY:${a.patient.lastName}\r\nEND:VEVENT`);
  res.type('text/calendar').send(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events.join('\r\n')}\r\nEND:VCALENDAR`);
};

// the waiting-room tablet checks a patient in with the code printed on the reminder
exports.checkIn = async (req, res) => {
  // ok: unscoped-tenant-query
  const appt = await Appointment.findOneAndUpdate(
    { _id: req.body.appointmentId, clinic: req.kiosk.clinicId },
    { status: 'checked_in' },
    { new: true },
  );
  if (!appt) return res.status(404).json({ message: 'Unknown appointment' });
  logger.info('checked in', { appointmentId: appt.id, kiosk: req.kiosk.deviceId });
  res.json({ ok: true });
};
