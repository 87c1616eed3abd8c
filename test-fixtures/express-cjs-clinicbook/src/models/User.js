const mongoose = require('mongoose');

const { Schema } = mongoose;

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, select: false },
    role: { type: String, enum: ['owner', 'admin', 'doctor', 'reception'], default: 'reception' },
    clinic: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    resetToken: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

module.exports = mongoose.model('User', userSchema);
