const mongoose = require('mongoose');

const organizationSchema = mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    plan: { type: String, enum: ['free', 'team', 'enterprise'], default: 'free' },
  },
  { timestamps: true }
);

const Organization = mongoose.model('Organization', organizationSchema);

module.exports = Organization;
