'use strict';

const { Schema, model } = require('mongoose');

const patientSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    dateOfBirth: Date,
    email: String,
    phone: String,
    address: String,
    notes: String,
    avatarPath: String,
    createdBy: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

module.exports = model('Patient', patientSchema);
