import { Schema, model, models } from 'mongoose';

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, select: false },
    role: { type: String, enum: ['owner', 'admin', 'member'], default: 'member' },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true, index: true },
    resetTokenHash: { type: String, select: false },
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

export const User = models.User || model('User', userSchema);
