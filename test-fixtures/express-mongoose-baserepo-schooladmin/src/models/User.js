const mongoose = require('mongoose');

const UserSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  role: { type: String, enum: ['teacher', 'registrar', 'admin'], default: 'teacher' },
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
  resetToken: String,
});

module.exports = mongoose.model('User', UserSchema);
