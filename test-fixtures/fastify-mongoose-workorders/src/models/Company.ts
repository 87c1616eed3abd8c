import { Schema, model } from 'mongoose';

const companySchema = new Schema(
  {
    name: { type: String, required: true },
    plan: { type: String, enum: ['starter', 'pro', 'enterprise'], default: 'starter' },
    twilioNumber: String,
  },
  { timestamps: true },
);

export const Company = model('Company', companySchema);
