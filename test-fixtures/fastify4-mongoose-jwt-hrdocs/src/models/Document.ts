import { Schema, model, Types } from 'mongoose';

const documentSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    employee: { type: Types.ObjectId, ref: 'Employee', required: true, index: true },
    uploadedBy: { type: Types.ObjectId, ref: 'User', required: true },
    kind: { type: String, enum: ['contract', 'id', 'payslip', 'review', 'other'], default: 'other' },
    fileName: String,
    storageKey: { type: String, required: true },
    mimeType: String,
    sizeBytes: Number,
    signatureStatus: { type: String, enum: ['none', 'pending', 'signed'], default: 'none' },
    envelopeId: { type: String, index: true },
  },
  { timestamps: true },
);

export const HrDocument = model('Document', documentSchema);
