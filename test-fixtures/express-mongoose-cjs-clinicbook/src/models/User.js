'use strict';

const { Schema, model } = require('mongoose');

const userSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    email: { type: String, required: true, lowercase: true, unique: true },
    name: String,
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['owner', 'manager', 'practitioner', 'receptionist', 'superadmin'], default: 'receptionist' },
    permissions: [String],
    resetTokenHash: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

module.exports = model('User', userSchema);
