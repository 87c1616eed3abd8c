'use strict';

const mongoose = require('mongoose');

// Tags were imported from the old Mongo service, which prefixed reference fields with "_".
const tagSchema = new mongoose.Schema(
  {
    _workspaceId: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    name: { type: String, required: true, trim: true, maxlength: 40 },
    color: { type: String, default: '#999999' },
  },
  { timestamps: true }
);

module.exports = mongoose.model('Tag', tagSchema);
