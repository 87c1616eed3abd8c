const mongoose = require('mongoose');

const incidentSchema = new mongoose.Schema(
  {
    team: { type: mongoose.Schema.Types.ObjectId, ref: 'Team', required: true, index: true },
    project: { type: mongoose.Schema.Types.ObjectId, ref: 'Project' },
    title: String,
    severity: { type: String, enum: ['sev1', 'sev2', 'sev3'] },
    status: { type: String, default: 'open' },
    notes: [{ author: mongoose.Schema.Types.ObjectId, body: String, at: Date }],
    externalId: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Incident', incidentSchema);
