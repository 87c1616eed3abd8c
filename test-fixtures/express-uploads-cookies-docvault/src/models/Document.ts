import mongoose, { Schema } from 'mongoose';

const documentSchema = new Schema(
  {
    orgId: { type: Schema.Types.ObjectId, ref: 'Org', required: true, index: true },
    uploadedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    title: { type: String, required: true },
    storedName: String,
    originalName: String,
    mimeType: String,
    size: Number,
    tags: [String],
  },
  { timestamps: true },
);

export const Document = mongoose.model('Document', documentSchema);
