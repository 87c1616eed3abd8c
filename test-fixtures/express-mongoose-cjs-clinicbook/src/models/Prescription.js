'use strict';

const { Schema, model } = require('mongoose');

const prescriptionSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    prescriberId: { type: Schema.Types.ObjectId, ref: 'User' },
    drug: String,
    dosage: String,
    repeats: { type: Number, default: 0 },
    voided: { type: Boolean, default: false },
  },
  { timestamps: true },
);

module.exports = model('Prescription', prescriptionSchema);
