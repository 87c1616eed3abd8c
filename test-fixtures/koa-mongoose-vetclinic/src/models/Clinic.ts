import mongoose from 'mongoose';

const clinicSchema = new mongoose.Schema({
  name: { type: String, required: true },
  city: String,
});

export const Clinic = mongoose.model('Clinic', clinicSchema);
