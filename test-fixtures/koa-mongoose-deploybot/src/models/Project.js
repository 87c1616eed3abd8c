const mongoose = require('mongoose');

const projectSchema = new mongoose.Schema(
  {
    team: { type: mongoose.Schema.Types.ObjectId, ref: 'Team', required: true, index: true },
    name: { type: String, required: true },
    repoFullName: { type: String, required: true },
    defaultBranch: { type: String, default: 'main' },
    environments: [{ name: String, url: String, protected: Boolean }],
  },
  { timestamps: true },
);

module.exports = mongoose.model('Project', projectSchema);
