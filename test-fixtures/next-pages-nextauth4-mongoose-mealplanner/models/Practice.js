import mongoose from 'mongoose';

const PracticeSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    plan: { type: String, enum: ['solo', 'team', 'clinic'], default: 'solo' },
    stripeCustomerId: String,
    status: { type: String, default: 'active' },
  },
  { timestamps: true }
);

export default mongoose.models.Practice || mongoose.model('Practice', PracticeSchema);
