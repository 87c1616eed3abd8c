const mongoose = require('mongoose');

// endpoints a shop owner registers to hear about their orders
const webhookSchema = new mongoose.Schema({
  userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', index: true },
  url: String,
  secret: String,
  events: [String],
});

module.exports = mongoose.model('Webhook', webhookSchema);
