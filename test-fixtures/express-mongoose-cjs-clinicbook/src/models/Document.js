'use strict';

const { Schema, model } = require('mongoose');

const documentSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    uploadedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    title: String,
    mimeType: String,
    size: Number,
    data: Buffer,
  },
  { timestamps: true },
);

module.exports = model('Document', documentSchema);
