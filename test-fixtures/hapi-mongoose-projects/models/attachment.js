'use strict';

const mongoose = require('mongoose');

const attachmentSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true },
    uploadedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    filename: String,
    contentType: String,
    size: Number,
    storagePath: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Attachment', attachmentSchema);
