const mongoose = require('mongoose');

const StudentSchema = new mongoose.Schema({
  firstName: String,
  lastName: String,
  grade: Number,
  guardianEmail: String,
  medicalNotes: String,
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
});

module.exports = mongoose.model('Student', StudentSchema);
