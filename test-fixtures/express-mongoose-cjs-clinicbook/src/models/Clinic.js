'use strict';

const { Schema, model } = require('mongoose');

const clinicSchema = new Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    address: String,
    phone: String,
    openingHours: [{ day: Number, opens: String, closes: String }],
    isPublic: { type: Boolean, default: false },
    plan: { type: String, enum: ['trial', 'basic', 'pro'], default: 'trial' },
    stripeCustomerId: String,
    settings: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: true },
);

module.exports = model('Clinic', clinicSchema);
