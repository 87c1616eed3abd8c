'use strict';

const mongoose = require('mongoose');

const timeEntrySchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true },
    user: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    project: { type: mongoose.Schema.Types.ObjectId, ref: 'Project', required: true },
    startedAt: { type: Date, required: true },
    minutes: { type: Number, required: true, min: 1, max: 1440 },
    description: { type: String, trim: true, maxlength: 500, default: '' },
    billable: { type: Boolean, default: true },
    // Set once the entry has been billed; billed entries are read-only.
    invoice: { type: mongoose.Schema.Types.ObjectId, ref: 'Invoice', default: null },
  },
  { timestamps: true }
);

timeEntrySchema.index({ workspace: 1, startedAt: -1 });
timeEntrySchema.index({ workspace: 1, project: 1, invoice: 1 });

module.exports = mongoose.model('TimeEntry', timeEntrySchema);
