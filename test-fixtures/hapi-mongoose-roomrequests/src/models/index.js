const mongoose = require('mongoose');

const campusSchema = new mongoose.Schema({ name: { type: String, required: true }, slug: { type: String, unique: true } });

const userSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  role: { type: String, enum: ['member', 'facilities', 'admin'], default: 'member' },
  campusId: { type: mongoose.Schema.Types.ObjectId, ref: 'Campus', required: true },
});

const roomRequestSchema = new mongoose.Schema({
  campusId: { type: mongoose.Schema.Types.ObjectId, ref: 'Campus', required: true, index: true },
  requesterId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  room: String,
  startsAt: Date,
  endsAt: Date,
  status: { type: String, default: 'pending' },
});

module.exports = {
  Campus: mongoose.model('Campus', campusSchema),
  User: mongoose.model('User', userSchema),
  RoomRequest: mongoose.model('RoomRequest', roomRequestSchema),
};
