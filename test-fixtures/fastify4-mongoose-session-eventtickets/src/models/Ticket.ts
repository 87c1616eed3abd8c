import { Schema, model, Types } from 'mongoose';

const ticketSchema = new Schema(
  {
    organizer: { type: Types.ObjectId, ref: 'Organizer', required: true, index: true },
    event: { type: Types.ObjectId, ref: 'Event', required: true, index: true },
    order: { type: Types.ObjectId, ref: 'Order' },
    code: { type: String, required: true, unique: true },
    holderName: String,
    holderEmail: String,
    checkedInAt: Date,
  },
  { timestamps: true },
);

export const Ticket = model('Ticket', ticketSchema);
