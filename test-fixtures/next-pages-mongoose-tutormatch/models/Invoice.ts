import { Schema, model, models } from 'mongoose';

const InvoiceSchema = new Schema(
  {
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true, index: true },
    studentId: { type: Schema.Types.ObjectId, ref: 'Student', required: true },
    number: { type: String, required: true },
    lines: [{ description: String, quantity: Number, unitCents: Number }],
    totalCents: { type: Number, required: true },
    currency: { type: String, default: 'usd' },
    status: { type: String, enum: ['draft', 'open', 'paid', 'void'], default: 'draft' },
    stripeInvoiceId: String,
    issuedAt: Date,
    paidAt: Date,
  },
  { timestamps: true },
);

export const Invoice = models.Invoice || model('Invoice', InvoiceSchema);
