import { Schema, model, models } from 'mongoose';

// the public profile a tutor shows on the agency's booking page
const TutorProfileSchema = new Schema(
  {
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true, index: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    displayName: String,
    bio: String,
    subjects: [String],
    hourlyRateCents: Number,
    payoutAccount: String,
    visibility: { type: String, enum: ['public', 'private'], default: 'private' },
  },
  { timestamps: true },
);

export const TutorProfile = models.TutorProfile || model('TutorProfile', TutorProfileSchema);
