import mongoose from 'mongoose';

const userSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  passwordHash: String,
  workspaceId: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace' },
  role: { type: String, default: 'member' },
});

export const User = mongoose.model('User', userSchema);
