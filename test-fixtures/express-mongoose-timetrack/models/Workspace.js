'use strict';

const mongoose = require('mongoose');

const workspaceSchema = new mongoose.Schema(
  {
    name: { type: String, required: true, trim: true, maxlength: 120 },
    currency: { type: String, default: 'USD', uppercase: true, match: /^[A-Z]{3}$/ },
    defaultHourlyRate: { type: Number, min: 0, default: 0 },
    // Incremented atomically to produce sequential invoice numbers per workspace.
    invoiceSeq: { type: Number, default: 0 },
  },
  { timestamps: true }
);

module.exports = mongoose.model('Workspace', workspaceSchema);
