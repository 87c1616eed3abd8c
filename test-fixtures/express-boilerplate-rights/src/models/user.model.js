const mongoose = require('mongoose');
const bcrypt = require('bcryptjs');
const { roles } = require('../config/config');

const userSchema = mongoose.Schema(
  {
    name: { type: String, required: true, trim: true },
    email: { type: String, required: true, unique: true, trim: true, lowercase: true },
    password: { type: String, required: true, minlength: 8, private: true },
    role: { type: String, enum: roles, default: 'user' },
    organization: { type: mongoose.SchemaTypes.ObjectId, ref: 'Organization', required: true },
    isEmailVerified: { type: Boolean, default: false },
    resetPasswordToken: { type: String, private: true },
    resetPasswordExpires: { type: Date },
  },
  { timestamps: true }
);

userSchema.statics.isEmailTaken = async function (email, excludeUserId) {
  const user = await this.findOne({ email, _id: { $ne: excludeUserId } });
  return !!user;
};

userSchema.methods.isPasswordMatch = async function (password) {
  return bcrypt.compare(password, this.password);
};

userSchema.pre('save', async function (next) {
  if (this.isModified('password')) {
    this.password = await bcrypt.hash(this.password, 8);
  }
  next();
});

const User = mongoose.model('User', userSchema);

module.exports = User;
