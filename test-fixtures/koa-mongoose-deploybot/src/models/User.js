const mongoose = require('mongoose');

const userSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['member', 'maintainer', 'admin'], default: 'member' },
    team: { type: mongoose.Schema.Types.ObjectId, ref: 'Team', required: true },
  },
  { timestamps: true },
);

module.exports = mongoose.model('User', userSchema);
