import { Schema, model, Types } from 'mongoose';

export const ROLES = ['technician', 'dispatcher', 'manager', 'superadmin'] as const;
export type Role = (typeof ROLES)[number];

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    passwordHash: { type: String, required: true },
    name: String,
    company: { type: Types.ObjectId, ref: 'Company', required: true },
    role: { type: String, enum: ROLES, default: 'technician' },
    resetTokenHash: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

export const User = model('User', userSchema);
