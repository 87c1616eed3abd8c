const mongoose = require('mongoose');

const SchoolSchema = new mongoose.Schema({
  name: { type: String, required: true },
  district: String,
  plan: { type: String, default: 'basic' },
}, { timestamps: true });

module.exports = mongoose.model('School', SchoolSchema);
