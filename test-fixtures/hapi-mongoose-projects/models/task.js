'use strict';

const mongoose = require('mongoose');

const taskSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    project: { type: mongoose.Schema.Types.ObjectId, ref: 'Project', required: true },
    title: { type: String, required: true },
    assignee: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    done: { type: Boolean, default: false },
  },
  { timestamps: true },
);

module.exports = mongoose.model('Task', taskSchema);
