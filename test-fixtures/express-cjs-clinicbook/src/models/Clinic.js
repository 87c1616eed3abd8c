const mongoose = require('mongoose');

const clinicSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    timezone: { type: String, default: 'Europe/Berlin' },
    stripeCustomerId: String,
    plan: { type: String, enum: ['trial', 'basic', 'pro'], default: 'trial' },
  },
  { timestamps: true },
);

module.exports = mongoose.model('Clinic', clinicSchema);
