import mongoose, { Schema } from 'mongoose';

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    passwordHash: { type: String, required: true },
    name: String,
    orgId: { type: Schema.Types.ObjectId, ref: 'Org', required: true, index: true },
    role: { type: String, enum: ['member', 'admin'], default: 'member' },
    resetToken: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

export const User = mongoose.model('User', userSchema);
