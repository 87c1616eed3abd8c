'use strict';

const mongoose = require('mongoose');

const workspaceSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    plan: { type: String, enum: ['starter', 'agency'], default: 'starter' },
  },
  { timestamps: true },
);

module.exports = mongoose.model('Workspace', workspaceSchema);
