import { Schema, model, Types } from 'mongoose';

const LineSchema = new Schema({ description: String, quantity: Number, unitCents: Number }, { _id: false });

const InvoiceSchema = new Schema(
  {
    orgId: { type: Types.ObjectId, ref: 'Organization', required: true, index: true },
    customerId: { type: Types.ObjectId, ref: 'Customer', required: true },
    number: { type: String, required: true },
    status: { type: String, enum: ['draft', 'sent', 'paid', 'void'], default: 'draft' },
    currency: { type: String, default: 'EUR' },
    lines: [LineSchema],
    totalCents: Number,
    dueDate: Date,
    notes: String,
    shareToken: { type: String, index: true },
    paidAt: Date,
    stripePaymentIntentId: String,
  },
  { timestamps: true },
);

export const Invoice = model('Invoice', InvoiceSchema);
