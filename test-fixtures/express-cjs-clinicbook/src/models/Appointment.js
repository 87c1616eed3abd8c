const mongoose = require('mongoose');

const { Schema } = mongoose;

const appointmentSchema = new Schema(
  {
    clinic: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patient: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    doctor: { type: Schema.Types.ObjectId, ref: 'User' },
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, default: 30 },
    status: { type: String, enum: ['booked', 'checked_in', 'done', 'cancelled', 'paid'], default: 'booked' },
    reason: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Appointment', appointmentSchema);
