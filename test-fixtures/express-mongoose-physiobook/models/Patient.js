const mongoose = require('mongoose');

const noteSchema = new mongoose.Schema({ body: String, author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, at: { type: Date, default: Date.now } });

const patientSchema = new mongoose.Schema(
  {
    clinic: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    referredBy: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic' },
    firstName: String,
    lastName: String,
    email: String,
    phone: String,
    dateOfBirth: Date,
    notes: [noteSchema],
  },
  { timestamps: true },
);

module.exports = mongoose.model('Patient', patientSchema);
