'use strict';

const mongoose = require('mongoose');

const lineItemSchema = new mongoose.Schema(
  {
    timeEntry: { type: mongoose.Schema.Types.ObjectId, ref: 'TimeEntry' },
    description: { type: String, maxlength: 500 },
    minutes: { type: Number, min: 0 },
    amount: { type: Number, min: 0 },
  },
  { _id: false }
);

const invoiceSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    number: { type: String, required: true },
    project: { type: mongoose.Schema.Types.ObjectId, ref: 'Project', required: true },
    client: { type: String, maxlength: 120 },
    periodStart: { type: Date, required: true },
    periodEnd: { type: Date, required: true },
    hourlyRate: { type: Number, min: 0, required: true },
    currency: { type: String, default: 'USD' },
    lineItems: [lineItemSchema],
    total: { type: Number, min: 0, required: true },
    status: { type: String, enum: ['draft', 'sent', 'paid'], default: 'draft' },
    paidAt: { type: Date },
  },
  { timestamps: true }
);

invoiceSchema.index({ workspace: 1, number: 1 }, { unique: true });

module.exports = mongoose.model('Invoice', invoiceSchema);
