const mongoose = require('mongoose');

const orderSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', index: true },
    items: [{ sku: String, qty: Number, price: Number }],
    total: Number,
    status: { type: String, default: 'pending' },
    shippingAddress: String,
  },
  { timestamps: true },
);

module.exports = mongoose.model('Order', orderSchema);
