import mongoose from 'mongoose';

const supplierSchema = new mongoose.Schema({
  name: { type: String, required: true },
  contactEmail: String,
  phone: String,
  restaurant: { type: mongoose.Schema.Types.ObjectId, ref: 'Restaurant', required: true },
});

const orderSchema = new mongoose.Schema(
  {
    supplier: { type: mongoose.Schema.Types.ObjectId, ref: 'Supplier', required: true },
    restaurant: { type: mongoose.Schema.Types.ObjectId, ref: 'Restaurant', required: true },
    lines: [{ item: String, quantity: Number, unitPrice: Number }],
    status: { type: String, default: 'draft' },
  },
  { timestamps: true },
);

export const Supplier = mongoose.model('Supplier', supplierSchema);
export const Order = mongoose.model('Order', orderSchema);
