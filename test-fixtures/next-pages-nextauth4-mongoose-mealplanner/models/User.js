import mongoose from 'mongoose';

const UserSchema = new mongoose.Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, select: false },
    role: { type: String, enum: ['coach', 'admin', 'superadmin'], default: 'coach' },
    practice: { type: mongoose.Schema.Types.ObjectId, ref: 'Practice', required: true },
    avatarUrl: String,
  },
  { timestamps: true }
);

export default mongoose.models.User || mongoose.model('User', UserSchema);
