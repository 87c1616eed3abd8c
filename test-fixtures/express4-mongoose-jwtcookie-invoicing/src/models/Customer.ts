import { Schema, model, Types } from 'mongoose';

const CustomerSchema = new Schema(
  {
    orgId: { type: Types.ObjectId, ref: 'Organization', required: true, index: true },
    name: { type: String, required: true },
    email: String,
    taxId: String,
    address: { line1: String, city: String, country: String, postalCode: String },
    attachments: [{ key: String, originalName: String, size: Number }],
  },
  { timestamps: true },
);

export const Customer = model('Customer', CustomerSchema);
