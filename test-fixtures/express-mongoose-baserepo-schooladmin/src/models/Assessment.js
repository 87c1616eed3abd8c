const mongoose = require('mongoose');

const AssessmentSchema = new mongoose.Schema({
  student: { type: mongoose.Schema.Types.ObjectId, ref: 'Student', required: true },
  subject: String,
  score: Number,
  comment: String,
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
});

module.exports = mongoose.model('Assessment', AssessmentSchema);
