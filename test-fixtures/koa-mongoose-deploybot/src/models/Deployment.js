const mongoose = require('mongoose');

const deploymentSchema = new mongoose.Schema(
  {
    team: { type: mongoose.Schema.Types.ObjectId, ref: 'Team', required: true, index: true },
    project: { type: mongoose.Schema.Types.ObjectId, ref: 'Project', required: true },
    environment: String,
    sha: String,
    ref: String,
    status: { type: String, enum: ['queued', 'running', 'succeeded', 'failed', 'rolled_back'], default: 'queued' },
    triggeredBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    log: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Deployment', deploymentSchema);
