'use strict';

const { Schema, model } = require('mongoose');

const invoiceSchema = new Schema(
  {
    clinicId: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    patientId: { type: Schema.Types.ObjectId, ref: 'Patient', required: true },
    number: String,
    lines: [{ description: String, amountCents: Number }],
    totalCents: Number,
    currency: { type: String, default: 'eur' },
    status: { type: String, enum: ['draft', 'open', 'paid', 'void'], default: 'draft' },
    dueDate: Date,
    stripePaymentIntentId: String,
  },
  { timestamps: true },
);

module.exports = model('Invoice', invoiceSchema);
