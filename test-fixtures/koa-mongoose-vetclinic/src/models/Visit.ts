import mongoose from 'mongoose';

const visitSchema = new mongoose.Schema(
  {
    pet: { type: mongoose.Schema.Types.ObjectId, ref: 'Pet', required: true },
    reason: String,
    notes: String,
    clinicId: { type: mongoose.Schema.Types.ObjectId, ref: 'Clinic', required: true, index: true },
  },
  { timestamps: true },
);

export const Visit = mongoose.model('Visit', visitSchema);
