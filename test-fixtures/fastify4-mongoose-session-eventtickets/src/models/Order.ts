import { Schema, model, Types } from 'mongoose';

const orderSchema = new Schema(
  {
    organizer: { type: Types.ObjectId, ref: 'Organizer', required: true },
    event: { type: Types.ObjectId, ref: 'Event', required: true },
    buyerEmail: { type: String, required: true },
    quantity: { type: Number, default: 1 },
    amountCents: Number,
    paymentRef: { type: String, index: true },
    status: { type: String, enum: ['pending', 'paid', 'refunded'], default: 'pending' },
  },
  { timestamps: true },
);

export const Order = model('Order', orderSchema);
