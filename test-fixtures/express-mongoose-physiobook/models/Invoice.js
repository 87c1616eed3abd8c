const mongoose = require('mongoose');

const invoiceSchema = new mongoose.Schema(
  {
    clinic: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patient: { type: mongoose.Schema.Types.ObjectId, ref: 'Patient', required: true },
    amountCents: Number,
    status: { type: String, enum: ['open', 'paid', 'void'], default: 'open' },
    stripePaymentIntent: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Invoice', invoiceSchema);
