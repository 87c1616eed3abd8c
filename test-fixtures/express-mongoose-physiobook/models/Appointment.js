const mongoose = require('mongoose');

const appointmentSchema = new mongoose.Schema(
  {
    clinic: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patient: { type: mongoose.Schema.Types.ObjectId, ref: 'Patient', required: true },
    practitioner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    startsAt: Date,
    durationMin: { type: Number, default: 45 },
    status: { type: String, enum: ['booked', 'confirmed', 'cancelled', 'attended', 'no_show'], default: 'booked' },
    reason: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Appointment', appointmentSchema);
