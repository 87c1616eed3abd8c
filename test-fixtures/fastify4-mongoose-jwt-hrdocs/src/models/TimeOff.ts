import { Schema, model, Types } from 'mongoose';

const timeOffSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    employee: { type: Types.ObjectId, ref: 'Employee', required: true },
    from: { type: Date, required: true },
    to: { type: Date, required: true },
    reason: String,
    status: { type: String, enum: ['pending', 'approved', 'rejected'], default: 'pending' },
    attachments: [{ storageKey: String, mimeType: String }],
  },
  { timestamps: true },
);

export const TimeOff = model('TimeOff', timeOffSchema);
