import { Schema, model, Types } from 'mongoose';

const photoSchema = new Schema({ key: String, mimetype: String, size: Number, uploadedBy: { type: Types.ObjectId, ref: 'User' } });

const workOrderSchema = new Schema(
  {
    company: { type: Types.ObjectId, ref: 'Company', required: true, index: true },
    asset: { type: Types.ObjectId, ref: 'Asset' },
    title: { type: String, required: true },
    description: String,
    priority: { type: String, enum: ['low', 'normal', 'urgent'], default: 'normal' },
    status: { type: String, enum: ['open', 'assigned', 'in_progress', 'done', 'cancelled'], default: 'open' },
    assignee: { type: Types.ObjectId, ref: 'User' },
    customerPhone: String,
    photos: [photoSchema],
  },
  { timestamps: true },
);

export const WorkOrder = model('WorkOrder', workOrderSchema);
