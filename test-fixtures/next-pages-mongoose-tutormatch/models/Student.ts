import { Schema, model, models } from 'mongoose';

const NoteSchema = new Schema(
  {
    body: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

const StudentSchema = new Schema(
  {
    agencyId: { type: Schema.Types.ObjectId, ref: 'Agency', required: true, index: true },
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    grade: Number,
    guardianEmail: String,
    guardianPhone: String,
    subjects: [String],
    status: { type: String, enum: ['active', 'paused', 'archived'], default: 'active' },
    notes: [NoteSchema],
    documents: [{ path: String, size: Number, uploadedAt: Date }],
  },
  { timestamps: true },
);

export const Student = models.Student || model('Student', StudentSchema);
