import { Schema, model, Types } from 'mongoose';

const customerSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    name: { type: String, required: true },
    phone: String,
    email: String,
    address: String,
    notes: String,
  },
  { timestamps: true },
);

export const Customer = model('Customer', customerSchema);
