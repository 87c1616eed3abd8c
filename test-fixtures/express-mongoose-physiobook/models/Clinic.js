const mongoose = require('mongoose');

const clinicSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    stripeAccountId: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Clinic', clinicSchema);
