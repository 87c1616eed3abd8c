const mongoose = require('mongoose');

const TicketSchema = new mongoose.Schema({
  event: { type: mongoose.Schema.ObjectId, ref: 'Event', required: true },
  user: { type: mongoose.Schema.ObjectId, ref: 'User', required: true },
  seat: String,
  status: { type: String, enum: ['reserved', 'paid', 'cancelled'], default: 'reserved' },
  stripeSessionId: String,
  createdAt: { type: Date, default: Date.now },
});

module.exports = mongoose.model('Ticket', TicketSchema);
