import { Schema, model, models, Types, type InferSchemaType } from 'mongoose';

const UserSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: String,
    passwordHash: { type: String, select: false },
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true, index: true },
    role: { type: String, enum: ['owner', 'manager', 'tutor'], default: 'tutor' },
    avatarPath: String,
    resetTokenHash: { type: String, select: false },
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

const AgencySchema = new Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, unique: true },
    stripeCustomerId: String,
    plan: { type: String, default: 'starter' },
  },
  { timestamps: true },
);

export type UserDoc = InferSchemaType<typeof UserSchema> & { _id: Types.ObjectId };

export const User = models.User || model('User', UserSchema);
export const Agency = models.Agency || model('Agency', AgencySchema);
