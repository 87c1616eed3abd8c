import mongoose from 'mongoose';

const userSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  password: { type: String, select: false },
  role: { type: String, enum: ['reader', 'moderator'], default: 'reader' },
});

export const User = mongoose.model('User', userSchema);
