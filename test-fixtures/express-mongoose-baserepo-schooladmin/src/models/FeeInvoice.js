const mongoose = require('mongoose');

const FeeInvoiceSchema = new mongoose.Schema({
  student: { type: mongoose.Schema.Types.ObjectId, ref: 'Student' },
  amountCents: Number,
  status: { type: String, default: 'open' },
  school: { type: mongoose.Schema.Types.ObjectId, ref: 'School', required: true },
});

module.exports = mongoose.model('FeeInvoice', FeeInvoiceSchema);
