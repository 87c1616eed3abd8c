'use strict';

const { Schema, model } = require('mongoose');

const waitlistSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient' },
    name: String,
    phone: String,
    preferredDays: [Number],
    priority: { type: Number, default: 0 },
  },
  { timestamps: true },
);

module.exports = model('WaitlistEntry', waitlistSchema);
