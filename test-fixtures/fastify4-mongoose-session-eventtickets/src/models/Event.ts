import { Schema, model, Types } from 'mongoose';

const eventSchema = new Schema(
  {
    organizer: { type: Types.ObjectId, ref: 'Organizer', required: true, index: true },
    title: { type: String, required: true },
    slug: { type: String, required: true, unique: true },
    venue: String,
    startsAt: Date,
    capacity: Number,
    priceCents: Number,
    status: { type: String, enum: ['draft', 'published', 'cancelled'], default: 'draft' },
    bannerUrl: String,
  },
  { timestamps: true },
);

export const Event = model('Event', eventSchema);
