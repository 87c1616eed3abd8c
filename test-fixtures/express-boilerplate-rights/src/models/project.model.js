const mongoose = require('mongoose');

const projectSchema = mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    organization: { type: mongoose.SchemaTypes.ObjectId, ref: 'Organization', required: true, index: true },
    createdBy: { type: mongoose.SchemaTypes.ObjectId, ref: 'User' },
    archived: { type: Boolean, default: false },
  },
  { timestamps: true }
);

const Project = mongoose.model('Project', projectSchema);

module.exports = Project;
