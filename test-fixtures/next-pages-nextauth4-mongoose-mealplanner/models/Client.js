import mongoose from 'mongoose';

const ClientSchema = new mongoose.Schema(
  {
    practice: { type: mongoose.Schema.Types.ObjectId, ref: 'Practice', required: true, index: true },
    coach: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    name: { type: String, required: true },
    email: String,
    allergies: [String],
    goals: String,
    notes: [{ body: String, author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, at: Date }],
  },
  { timestamps: true }
);

export default mongoose.models.Client || mongoose.model('Client', ClientSchema);
