import { Schema, model, models } from 'mongoose';

const assetSchema = new Schema(
  {
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true, index: true },
    tag: { type: String, required: true },
    name: { type: String, required: true },
    category: { type: String, enum: ['laptop', 'monitor', 'phone', 'license', 'other'] },
    serialNumber: String,
    status: { type: String, enum: ['in_stock', 'assigned', 'repair', 'retired'], default: 'in_stock' },
    assignee: { type: Schema.Types.ObjectId, ref: 'User' },
    location: { type: Schema.Types.ObjectId, ref: 'Location' },
    purchaseCost: Number,
    attachments: [{ key: String, filename: String, size: Number }],
  },
  { timestamps: true },
);

assetSchema.index({ organization: 1, tag: 1 }, { unique: true });

export const Asset = models.Asset || model('Asset', assetSchema);
