import { Schema, model } from 'mongoose';

const OrganizationSchema = new Schema(
  {
    name: { type: String, required: true },
    plan: { type: String, enum: ['free', 'pro', 'enterprise'], default: 'free' },
    stripeCustomerId: String,
    billingEmail: String,
  },
  { timestamps: true },
);

export const Organization = model('Organization', OrganizationSchema);
