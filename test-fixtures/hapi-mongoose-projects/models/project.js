'use strict';

const mongoose = require('mongoose');

const projectSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    name: { type: String, required: true },
    client: String,
    budgetHours: Number,
    archived: { type: Boolean, default: false },
  },
  { timestamps: true },
);

module.exports = mongoose.model('Project', projectSchema);
