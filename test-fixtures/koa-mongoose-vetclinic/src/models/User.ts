import mongoose from 'mongoose';

const userSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  clinicId: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true },
  role: { type: String, enum: ['vet', 'reception'], default: 'reception' },
});

export const User = mongoose.model('User', userSchema);
