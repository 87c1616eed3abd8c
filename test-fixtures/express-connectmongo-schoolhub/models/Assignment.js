var mongoose = require('mongoose');

var AssignmentSchema = new mongoose.Schema({
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
  course: { type: mongoose.Schema.Types.ObjectId, ref: 'Course', required: true },
  title: String,
  instructions: String,
  dueAt: Date,
  maxPoints: { type: Number, default: 100 },
});

module.exports = mongoose.model('Assignment', AssignmentSchema);
