var mongoose = require('mongoose');

var SchoolSchema = new mongoose.Schema({
  name: { type: String, required: true },
  district: String,
  createdAt: { type: Date, default: Date.now },
});

module.exports = mongoose.model('School', SchoolSchema);
