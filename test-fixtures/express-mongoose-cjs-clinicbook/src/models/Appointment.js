'use strict';

const { Schema, model } = require('mongoose');

const appointmentSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    practitionerId: { type: Schema.Types.ObjectId, ref: 'User' },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    reason: String,
    notes: String,
    status: { type: String, enum: ['booked', 'checked_in', 'done', 'cancelled', 'no_show'], default: 'booked' },
    reminderSid: String,
    reminderStatus: String,
  },
  { timestamps: true },
);

module.exports = model('Appointment', appointmentSchema);
