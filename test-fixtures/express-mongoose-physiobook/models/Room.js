const mongoose = require('mongoose');

const roomSchema = new mongoose.Schema({
  clinic: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
  name: { type: String, required: true },
  equipment: [String],
});

module.exports = mongoose.model('Room', roomSchema);
