const mongoose = require('mongoose');

const UploadSchema = new mongoose.Schema({
  originalName: String,
  path: String,
  uploadedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
});

module.exports = mongoose.model('Upload', UploadSchema);
