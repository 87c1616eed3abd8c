import { Schema, model, InferSchemaType } from 'mongoose';

const companySchema = new Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    plan: { type: String, enum: ['trial', 'team', 'business'], default: 'trial' },
    payrollProviderId: { type: String, index: true },
  },
  { timestamps: true },
);

export type CompanyDoc = InferSchemaType<typeof companySchema>;
export const Company = model('Company', companySchema);
