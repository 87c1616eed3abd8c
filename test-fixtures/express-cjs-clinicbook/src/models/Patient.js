const mongoose = require('mongoose');

const { Schema } = mongoose;

const patientSchema = new Schema(
  {
    clinic: { type: Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    dateOfBirth: Date,
    phone: String,
    email: String,
    insuranceNumber: String,
    notes: [{ author: { type: Schema.Types.ObjectId, ref: 'User' }, body: String, at: Date }],
  },
  { timestamps: true },
);

module.exports = mongoose.model('Patient', patientSchema);
