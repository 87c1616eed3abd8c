import { Schema, model, models } from 'mongoose';

const TutoringSessionSchema = new Schema(
  {
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true, index: true },
    studentId: { type: Schema.Types.ObjectId, ref: 'Student', required: true },
    tutorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    subject: String,
    startsAt: { type: Date, required: true },
    durationMinutes: { type: Number, default: 60 },
    status: { type: String, enum: ['scheduled', 'completed', 'cancelled'], default: 'scheduled' },
    externalEventId: String,
    meetingId: String,
    endedAt: Date,
  },
  { timestamps: true },
);

export const TutoringSession = models.TutoringSession || model('TutoringSession', TutoringSessionSchema);
