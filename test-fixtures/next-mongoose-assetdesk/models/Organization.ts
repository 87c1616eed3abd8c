import { Schema, model, models, type InferSchemaType } from 'mongoose';

const organizationSchema = new Schema(
  {
    name: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    plan: { type: String, enum: ['trial', 'team', 'business'], default: 'trial' },
    stripeCustomerId: String,
    subscriptionStatus: String,
  },
  { timestamps: true },
);

export type OrganizationDoc = InferSchemaType<typeof organizationSchema>;
export const Organization = models.Organization || model('Organization', organizationSchema);
