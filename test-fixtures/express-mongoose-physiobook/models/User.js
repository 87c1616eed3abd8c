const mongoose = require('mongoose');

const userSchema = new mongoose.Schema(
  {
    clinic: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true },
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['admin', 'practitioner', 'reception'], default: 'reception' },
    resetTokenHash: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

module.exports = mongoose.model('User', userSchema);
