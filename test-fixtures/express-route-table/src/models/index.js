const mongoose = require('mongoose');

const vehicleSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true, index: true },
  plate: String,
  model: String,
});

const bookingSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company', required: true, index: true },
  vehicleId: { type: mongoose.Schema.Types.ObjectId, ref: 'Vehicle' },
  driverEmail: String,
  startsAt: Date,
});

const userSchema = new mongoose.Schema({
  companyId: { type: mongoose.Schema.Types.ObjectId, ref: 'Company' },
  email: { type: String, unique: true },
  passwordHash: String,
  role: { type: String, enum: ['driver', 'manager', 'admin'] },
});

module.exports = {
  Vehicle: mongoose.model('Vehicle', vehicleSchema),
  Booking: mongoose.model('Booking', bookingSchema),
  User: mongoose.model('User', userSchema),
};
