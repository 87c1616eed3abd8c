import { Schema, model, Types } from 'mongoose';

export const ROLES = ['owner', 'admin', 'accountant', 'viewer'] as const;

const UserSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, required: true },
    orgId: { type: Types.ObjectId, ref: 'Organization', required: true, index: true },
    role: { type: String, enum: ROLES, default: 'viewer' },
    platformAdmin: { type: Boolean, default: false },
    resetTokenHash: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

export const User = model('User', UserSchema);
