'use strict';

const mongoose = require('mongoose');

const projectSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    name: { type: String, required: true, trim: true, maxlength: 120 },
    client: { type: String, trim: true, maxlength: 120 },
    // Falls back to the workspace default rate when unset.
    hourlyRate: { type: Number, min: 0 },
    archived: { type: Boolean, default: false },
    // People who may log time on the project; contractors see only their projects.
    members: [{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }],
  },
  { timestamps: true }
);

projectSchema.index({ workspace: 1, name: 1 }, { unique: true });

module.exports = mongoose.model('Project', projectSchema);
