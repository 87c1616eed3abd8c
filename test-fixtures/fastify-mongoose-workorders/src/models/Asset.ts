import { Schema, model, Types } from 'mongoose';

const assetSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    name: { type: String, required: true },
    serial: String,
    location: String,
    lastServicedAt: Date,
  },
  { timestamps: true },
);

export const Asset = model('Asset', assetSchema);
