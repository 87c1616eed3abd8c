'use strict';

const { Schema, model } = require('mongoose');

const labResultSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    externalRef: { type: String, index: true },
    panel: String,
    values: [{ code: String, value: Number, unit: String, flag: String }],
    reviewedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    status: { type: String, enum: ['pending', 'final', 'reviewed'], default: 'pending' },
  },
  { timestamps: true },
);

// LabResult.find(...).byClinic(req.user.clinicId)
labResultSchema.query.byClinic = function byClinic(clinicId) {
  return this.where({ clinicId });
};

module.exports = model('LabResult', labResultSchema);
