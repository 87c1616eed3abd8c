import { Schema, model, Types } from 'mongoose';

export const ROLES = ['owner', 'hr_admin', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true, select: false },
    role: { type: String, enum: ROLES, default: 'employee' },
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    refreshTokenHash: { type: String, select: false },
  },
  { timestamps: true },
);

export const User = model('User', userSchema);
